#pragma once

#include <mutex>
#include <utility>

namespace locks {

template <typename T> class Guarded {
public:
	template <typename F> auto with(F &&fn) {
		std::lock_guard<std::mutex> guard(mLock);
		return std::forward<F>(fn)(mValue);
	}

private:
	T mValue{};
	std::mutex mLock; // expect: esp-mutex-member "locks::Guarded::mLock'"
};

} // namespace locks
