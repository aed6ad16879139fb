#include "core/pool.hpp"

#include <condition_variable>
#include <mutex>
#include <shared_mutex>

struct App {
	Pool mPool; // expect: esp-mutex-member "App::mPool'" "1 std::mutex"

#if APP_MODE == 2
	std::shared_mutex mModeLock; // expect: esp-mutex-member "App::mModeLock'"
#endif

#ifdef APP_TRACE
	std::mutex mTraceLock; // expect: esp-mutex-member "App::mTraceLock'"
#endif

#ifdef CORE_POOL_BLOCKING
	std::condition_variable mWait;
#endif
};
