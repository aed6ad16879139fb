// STORAGE_CACHE is ON: compiled.
#include <mutex>

class Cache {
	std::recursive_mutex mLock; // expect: esp-mutex-member "Cache::mLock'"
};
