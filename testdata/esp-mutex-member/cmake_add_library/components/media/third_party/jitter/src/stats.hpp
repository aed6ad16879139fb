#pragma once

#include <mutex>

namespace jitter {

#if JITTER_STATS
struct Stats {
	std::mutex mLock; // expect: esp-mutex-member "jitter::Stats::mLock'"
	int mLate = 0;
};
#endif

} // namespace jitter
