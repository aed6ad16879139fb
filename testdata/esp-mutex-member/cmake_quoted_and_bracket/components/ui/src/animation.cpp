// Only named inside a bracket comment in CMakeLists.txt: not compiled.
#include <mutex>

class Animation {
	std::mutex mLock;
};
