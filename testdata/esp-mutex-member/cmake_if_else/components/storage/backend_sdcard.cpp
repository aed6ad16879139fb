// Branch not taken: not compiled.
#include <mutex>

class SdCardBackend {
	std::mutex mLock;
};
