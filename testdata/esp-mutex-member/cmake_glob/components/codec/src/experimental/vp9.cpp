// In a subfolder: src/*.cpp does not reach it (that would take GLOB_RECURSE).
#include <mutex>

class Vp9Decoder {
	std::mutex mLock;
};
