#include <mutex>

// Saved with a UTF-8 byte-order mark.
struct WithBom {
	std::mutex lock;
};
