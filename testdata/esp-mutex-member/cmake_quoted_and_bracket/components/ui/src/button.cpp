// Listed in CMakeLists.txt: compiled.
#include <mutex>

class Button {
	std::recursive_mutex mLock; // expect: esp-mutex-member "Button::mLock'"
};
