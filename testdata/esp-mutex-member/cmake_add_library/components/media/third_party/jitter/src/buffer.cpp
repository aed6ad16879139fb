#include "jitter/buffer.hpp"

namespace jitter {

void Buffer::push(int packet) {
	std::lock_guard<std::mutex> guard(mLock);
	if (mCount < JITTER_MAX_PACKETS) {
		mPackets[mCount++] = packet;
	}
}

int Buffer::pop() {
	std::lock_guard<std::mutex> guard(mLock);
	return mCount > 0 ? mPackets[--mCount] : -1;
}

} // namespace jitter
