// Listed in CMakeLists.txt: compiled.
#include <shared_mutex>

class Theme {
	std::shared_mutex mLock; // expect: esp-mutex-member "Theme::mLock'"
};
