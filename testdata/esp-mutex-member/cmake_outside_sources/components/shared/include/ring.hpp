// Included by net.cpp and by ../src/ring.cpp, both compiled by the net component.
#pragma once

#include <array>
#include <cstddef>
#include <mutex>

class Ring {
public:
	bool push(unsigned char byte);

private:
	std::array<unsigned char, 256> mData{};
	std::size_t mHead = 0;
	std::size_t mTail = 0;
	std::mutex mLock; // expect: esp-mutex-member "Ring::mLock'"
};
