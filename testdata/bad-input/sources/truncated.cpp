#include <mutex>

// The file ends in the middle of an expression, as a crashed editor or a partial checkout leaves it.
class Truncated {
	std::mutex lock;
	int compute() { return (1 + (2 *
