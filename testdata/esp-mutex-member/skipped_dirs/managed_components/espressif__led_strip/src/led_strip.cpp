// Managed component: skipped, so these members are not reported.
#include <condition_variable>
#include <mutex>

class LedStrip {
	std::mutex mLock;
	std::condition_variable mRefreshDone;
};
