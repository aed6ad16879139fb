// Listed in CMakeLists.txt: compiled.
#include <mutex>

class Screen {
	std::mutex mLock; // expect: esp-mutex-member "Screen::mLock'"
};
