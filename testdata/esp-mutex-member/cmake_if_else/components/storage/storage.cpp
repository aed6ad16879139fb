// Always compiled.
#include <mutex>

class Storage {
	std::mutex mLock; // expect: esp-mutex-member "Storage::mLock'"
};
