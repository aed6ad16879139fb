#include <mutex>

// Windows line ends: lines still count from one per CRLF.
struct Crlf {
	int a;
	std::mutex lock;
};
