#include "led.hpp"

void Led::set(bool on) {
	std::lock_guard<std::mutex> guard(mLock);
	mOn = on;
}
