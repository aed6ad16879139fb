#include "first.h"

struct InCycle {
	std::mutex lock;
};
