#include "ring.hpp"

#include <mutex>

class Socket {
	Ring mRxRing; // expect: esp-mutex-member "Socket::mRxRing'" "1 std::mutex"
	std::mutex mTxLock; // expect: esp-mutex-member "Socket::mTxLock'"
};
