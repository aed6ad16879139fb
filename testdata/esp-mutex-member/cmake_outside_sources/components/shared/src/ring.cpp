// Compiled by the net component through ${CMAKE_CURRENT_SOURCE_DIR}/../shared/src/ring.cpp.
#include "ring.hpp"

#include <condition_variable>

namespace {

struct RingStats {
	std::condition_variable drained; // expect: esp-mutex-member "RingStats::drained'"
	std::size_t overruns = 0;
};

} // namespace

bool Ring::push(unsigned char byte) {
	std::lock_guard<std::mutex> guard(mLock);
	std::size_t next = (mHead + 1) % mData.size();
	if (next == mTail)
		return false;
	mData[mHead] = byte;
	mHead = next;
	return true;
}
