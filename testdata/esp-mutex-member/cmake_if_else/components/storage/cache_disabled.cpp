// if(NOT STORAGE_CACHE) is false: not compiled.
#include <mutex>

class CacheStub {
	std::mutex mLock;
};
