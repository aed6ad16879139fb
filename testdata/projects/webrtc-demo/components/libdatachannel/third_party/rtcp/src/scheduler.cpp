#include "rtcp/scheduler.hpp"

namespace rtcp {

void Scheduler::schedule(uint32_t ssrc, int delayMs) {
	std::lock_guard<std::mutex> lock(mMutex);
	for (int i = 0; i < mCount; ++i) {
		if (mSsrcs[i] == ssrc) {
			mDelays[i] = delayMs;
			return;
		}
	}
	if (mCount < kMaxStreams) {
		mSsrcs[mCount] = ssrc;
		mDelays[mCount] = delayMs;
		++mCount;
	}
}

void Scheduler::cancel(uint32_t ssrc) {
	std::lock_guard<std::mutex> lock(mMutex);
	for (int i = 0; i < mCount; ++i) {
		if (mSsrcs[i] == ssrc) {
			mSsrcs[i] = mSsrcs[mCount - 1];
			mDelays[i] = mDelays[mCount - 1];
			--mCount;
			return;
		}
	}
}

int Scheduler::pending() const {
	std::lock_guard<std::mutex> lock(mMutex);
	return mCount;
}

} // namespace rtcp
