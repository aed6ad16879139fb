// Schedules RTCP sender reports per SSRC (one scheduler for the whole stack).
#pragma once

#include <cstdint>
#include <mutex>

namespace rtcp {

class Scheduler {
public:
	void schedule(uint32_t ssrc, int delayMs);
	void cancel(uint32_t ssrc);
	int pending() const;

private:
	static constexpr int kMaxStreams = 8;

#if RTCP_THREAD_SAFE
	mutable std::mutex mMutex; // expect: esp-mutex-member "rtcp::Scheduler::mMutex'"
#endif
	uint32_t mSsrcs[kMaxStreams] = {};
	int mDelays[kMaxStreams] = {};
	int mCount = 0;
};

} // namespace rtcp
