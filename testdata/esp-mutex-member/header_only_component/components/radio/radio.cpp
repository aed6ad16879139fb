#include "locks/guarded.hpp"

#include <cstdint>

class Radio {
	locks::Guarded<std::uint32_t> mChannel; // expect: esp-mutex-member "Radio::mChannel'" "1 std::mutex"
	locks::Guarded<int> *mPeer = nullptr;
};
