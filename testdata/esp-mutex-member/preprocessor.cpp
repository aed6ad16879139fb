// esp-mutex-member: only members in live preprocessor branches count. The branches here are
// decided by macros defined in the file itself and by ESP_PLATFORM, which ESP-IDF defines
// for every component.

#include <condition_variable>
#include <mutex>
#include <shared_mutex>

#define QUEUE_THREAD_SAFE 1
#define QUEUE_BLOCKING_POP 0
#define QUEUE_READERS 2

class Queue {
#if QUEUE_THREAD_SAFE
	std::mutex mLock; // expect: esp-mutex-member "Queue::mLock'"
#else
	int mUnusedLock;
#endif

#if QUEUE_BLOCKING_POP
	std::condition_variable mNotEmpty;
#elif QUEUE_READERS > 1
	std::shared_mutex mReaders; // expect: esp-mutex-member "Queue::mReaders'" "1 std::shared_mutex"
#else
	std::mutex mSingleReader;
#endif

#ifndef QUEUE_THREAD_SAFE
	std::recursive_mutex mNeverCompiled;
#endif

#if defined(QUEUE_THREAD_SAFE) && !defined(QUEUE_NO_STATS)
	std::mutex mStatsLock; // expect: esp-mutex-member "Queue::mStatsLock'"
#endif

#ifdef ESP_PLATFORM
	std::condition_variable mWakeup; // expect: esp-mutex-member "Queue::mWakeup'" "1 std::condition_variable"
#else
	std::condition_variable_any mHostWakeup;
#endif
};
