#pragma once

#include <mutex>

namespace jitter {

class Buffer {
public:
	void push(int packet);
	int pop();

private:
#if JITTER_THREAD_SAFE
	std::mutex mLock; // expect: esp-mutex-member "jitter::Buffer::mLock'"
#endif
	int mPackets[JITTER_MAX_PACKETS];
	int mCount = 0;
};

} // namespace jitter
