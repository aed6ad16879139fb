// Listed in CMakeLists.txt: compiled.
#include <mutex>

class Label {
	std::timed_mutex mLock; // expect: esp-mutex-member "Label::mLock'"
};
