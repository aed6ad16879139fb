#pragma once

#include <mutex>

class Led {
public:
	void set(bool on);

private:
	std::mutex mLock; // expect: esp-mutex-member "Led::mLock'"
	bool mOn = false;
};
