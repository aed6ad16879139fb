// Matched by src/*.cpp.
#include <mutex>

class Decoder {
	std::mutex mFrameLock; // expect: esp-mutex-member "Decoder::mFrameLock'"
};
