// Listed by no component: not compiled.
#include <mutex>

namespace store {

class Orphan {
	std::recursive_mutex mLock;
};

} // namespace store
