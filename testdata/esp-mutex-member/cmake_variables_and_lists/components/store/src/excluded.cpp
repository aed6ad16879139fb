// Only named by a commented-out line in CMakeLists.txt: not compiled.
#include <mutex>

namespace store {

class Excluded {
	std::mutex mLock;
};

} // namespace store
