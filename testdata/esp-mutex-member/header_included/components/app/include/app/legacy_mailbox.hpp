// Only included from a disabled branch of sender.cpp: not compiled.
#pragma once

#include <mutex>

namespace app {

struct LegacyMailbox {
	std::recursive_mutex lock;
	int count = 0;
};

} // namespace app
