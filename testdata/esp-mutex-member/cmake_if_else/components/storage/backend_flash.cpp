// STORAGE_BACKEND is "flash": compiled.
#include <mutex>

class FlashBackend {
	std::recursive_mutex mLock; // expect: esp-mutex-member "FlashBackend::mLock'"
};
