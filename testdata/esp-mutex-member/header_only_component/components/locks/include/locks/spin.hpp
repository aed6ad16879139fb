// Nobody includes this header.
#pragma once

#include <atomic>
#include <mutex>

namespace locks {

struct Fallback {
	std::atomic<bool> busy{false};
	std::mutex slowPath;
};

} // namespace locks
