#include "locks/guarded.hpp"

struct Imu {
	locks::Guarded<float> mHeading; // expect: esp-mutex-member "Imu::mHeading'" "1 std::mutex"
};

float readHeading(Imu &imu) {
	return imu.mHeading.with([](float &value) { return value; });
}
