// Listed in CMakeLists.txt: compiled.
#include <mutex>

namespace store {

class Compactor {
	std::mutex mLock; // expect: esp-mutex-member "store::Compactor::mLock'"
	int mSize = 0;
};

} // namespace store
