// else() branch not taken: not compiled.
#include <mutex>

class RamBackend {
	std::mutex mLock;
};
