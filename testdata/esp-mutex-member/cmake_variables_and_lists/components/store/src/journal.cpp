// Listed in CMakeLists.txt: compiled.
#include <mutex>

namespace store {

class Journal {
	std::mutex mLock; // expect: esp-mutex-member "store::Journal::mLock'"
	int mSize = 0;
};

} // namespace store
