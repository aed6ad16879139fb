// Matched by src/*.cpp.
#include <shared_mutex>

class Encoder {
	std::shared_mutex mConfigLock; // expect: esp-mutex-member "Encoder::mConfigLock'"
};
