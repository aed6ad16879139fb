// Listed in CMakeLists.txt: compiled.
#include <mutex>

namespace store {

class Index {
	std::mutex mLock; // expect: esp-mutex-member "store::Index::mLock'"
	int mSize = 0;
};

} // namespace store
