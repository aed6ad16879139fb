#include "core/pool.hpp"

#include <condition_variable>
#include <mutex>

struct CoreState {
#ifdef CORE_POOL_BLOCKING
	std::condition_variable mAvailable; // expect: esp-mutex-member "CoreState::mAvailable'"
#endif

#if CORE_BACKEND == 1
	std::mutex mFlashBackend;
#elif CORE_BACKEND == 2
	std::recursive_mutex mPsramBackend; // expect: esp-mutex-member "CoreState::mPsramBackend'"
#else
	std::timed_mutex mOtherBackend;
#endif

#ifdef APP_TRACE
	std::mutex mTrace; // APP_TRACE belongs to the app component only
#endif
};

void *Pool::take() {
	std::lock_guard<std::mutex> guard(mLock);
	void *block = mFree;
	mFree = nullptr;
	return block;
}
