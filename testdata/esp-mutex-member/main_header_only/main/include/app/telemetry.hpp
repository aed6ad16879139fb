#pragma once

#include <condition_variable>
#include <mutex>

namespace app {

template <typename Sample>
class Telemetry {
public:
	void publish(const Sample &s) {
		std::lock_guard<std::mutex> guard(mLock);
		mLast = s;
		mReady.notify_one();
	}

private:
	std::mutex mLock; // expect: esp-mutex-member "app::Telemetry::mLock'"
	std::condition_variable mReady; // expect: esp-mutex-member "app::Telemetry::mReady'"
	Sample mLast{};
};

} // namespace app
