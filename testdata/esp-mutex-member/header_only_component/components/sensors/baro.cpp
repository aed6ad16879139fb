#include "locks/guarded.hpp"

float readPressure(locks::Guarded<float> &pressure) {
	return pressure.with([](float &value) { return value; });
}
