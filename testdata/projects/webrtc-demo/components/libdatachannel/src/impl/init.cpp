#include "init.hpp"
#include "icetransport.hpp"
#include "psram_allocator.hpp"
#include "sctptransport.hpp"
#include "threadpool.hpp"

#if RTC_ENABLE_MEDIA
#include "srtp.h"
#endif

#include <unistd.h>

#include <map>
#include <string>

namespace rtc::impl {

namespace {

constexpr unsigned int THREADPOOL_SIZE = 2; // one worker per ESP32-P4 core

// Diagnostic names of the library's threads, printed by the keepalive thread.
std::map<std::string, unsigned int> gThreadTicks; // expect: esp-default-heap-static "Namespace-scope object 'rtc::impl::gThreadTicks'" "internal RAM"

} // namespace

std::vector<std::function<void()>> Init::sCleanupHooks; // expect: esp-default-heap-static "Static data member 'rtc::impl::Init::sCleanupHooks'"

Init &Init::Instance() {
	static Init *instance = new Init;
	return *instance;
}

void Init::AddCleanupHook(std::function<void()> hook) {
	std::lock_guard<std::mutex> lock(Instance().mMutex);
	sCleanupHooks.push_back(std::move(hook));
}

void Init::acquire() {
	std::lock_guard<std::mutex> lock(mMutex);
	if (mUsers++ == 0 && !mInitialized)
		doInit();
}

void Init::release() {
	std::lock_guard<std::mutex> lock(mMutex);
	if (mUsers > 0 && --mUsers == 0)
		doCleanup();
}

void Init::doInit() {
	PLOG_INFO << "Starting the WebRTC stack";

	UsePsramThreadStacks(WORKER_STACK_SIZE);
	ThreadPool::Instance().spawn(THREADPOOL_SIZE);

	mThreadsRunning = true;
	if (pthread_create(&mTimerThread, nullptr, &Init::TimerThreadMain, this) != 0) { // expect: esp-unjoined-thread "'rtc::impl::Init::mTimerThread'" "340-byte"
		PLOG_ERROR << "Unable to start the timer thread";
	}
	if (pthread_create(&mKeepaliveThread, nullptr, &Init::KeepaliveThreadMain, this) != 0) { // expect: esp-unjoined-thread "'rtc::impl::Init::mKeepaliveThread'" "340-byte"
		PLOG_ERROR << "Unable to start the keepalive thread";
	}

#if RTC_ENABLE_MEDIA
	if (srtp_init() != srtp_err_status_ok) {
		PLOG_ERROR << "SRTP initialization failed";
	}
#endif

	IceTransport::Init();
	SctpTransport::Init();
	mInitialized = true;
}

void Init::doCleanup() {
	PLOG_INFO << "Stopping the WebRTC stack";

	ThreadPool::Instance().join();
	SctpTransport::Cleanup();
	IceTransport::Cleanup();
#if RTC_ENABLE_MEDIA
	srtp_shutdown();
#endif

	for (auto &hook : sCleanupHooks)
		hook();
	sCleanupHooks.clear();

	// The two background threads see the flag and return. Their handles are left as they
	// are: nobody joins or detaches them, so each keeps its task control block.
	mThreadsRunning = false;
	mInitialized = false;
}

void *Init::TimerThreadMain(void *arg) {
	auto *self = static_cast<Init *>(arg);
	while (self->mThreadsRunning) {
		gThreadTicks["timer"]++;
		usleep(100 * 1000);
	}
	return nullptr;
}

void *Init::KeepaliveThreadMain(void *arg) {
	auto *self = static_cast<Init *>(arg);
	while (self->mThreadsRunning) {
		gThreadTicks["keepalive"]++;
		PLOG_VERBOSE << "keepalive tick " << gThreadTicks["keepalive"];
		sleep(15);
	}
	return nullptr;
}

} // namespace rtc::impl
