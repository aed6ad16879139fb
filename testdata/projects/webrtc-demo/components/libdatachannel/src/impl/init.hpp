// Process-wide start-up and tear-down of the stack, reference-counted by the PeerConnections.
#pragma once

#include "internals.hpp"

#include <pthread.h>

#include "rtcp/scheduler.hpp"

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace rtc::impl {

class Init final {
public:
	static Init &Instance();

	Init(const Init &) = delete;
	Init &operator=(const Init &) = delete;

	void acquire(); // first user starts everything
	void release(); // last user stops what can be stopped

	static void AddCleanupHook(std::function<void()> hook);

private:
	Init() = default;
	~Init() = default;

	void doInit();
	void doCleanup();

	static void *TimerThreadMain(void *arg);
	static void *KeepaliveThreadMain(void *arg);

	std::mutex mMutex; // expect: esp-mutex-member "Init::mMutex'"
	// From the rtcp_scheduler library (deps/rtcp): its header and RTCP_THREAD_SAFE come from the
	// library's PUBLIC usage requirements.
	rtcp::Scheduler mReportScheduler; // expect: esp-mutex-member "Init::mReportScheduler'" "1 std::mutex"
	unsigned int mUsers = 0;
	bool mInitialized = false;

	// Background threads of the whole library: started once in doInit().
	pthread_t mTimerThread{};
	pthread_t mKeepaliveThread{};
	std::atomic<bool> mThreadsRunning{false};

	static std::vector<std::function<void()>> sCleanupHooks;
};

} // namespace rtc::impl
