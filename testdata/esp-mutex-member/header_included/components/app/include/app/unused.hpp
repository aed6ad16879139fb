// Present in the component's include directory, included by nobody.
#pragma once

#include <mutex>

namespace app {

struct Unused {
	std::mutex lock;
};

} // namespace app
