#pragma once

#include <mutex>

struct Mixer {
	std::recursive_mutex mLock; // expect: esp-mutex-member "Mixer::mLock'"
	int mChannels = 2;
};
