// Next to ring.cpp but named by no component: not compiled.
#include <mutex>

struct Unused {
	std::mutex lock;
};
