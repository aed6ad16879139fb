// Seen with CORE_THREADSAFE=1 by both components (it is PUBLIC).
#pragma once

#include <mutex>

class Pool {
public:
	void *take();

private:
#if CORE_THREADSAFE
	std::mutex mLock; // expect: esp-mutex-member "Pool::mLock'"
#else
	int mOwnerTask = 0;
#endif

#if !CORE_THREADSAFE
	std::recursive_mutex mDebugLock;
#endif
	void *mFree = nullptr;
};
