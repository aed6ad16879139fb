#include <mutex>

// Größe in Latin-1: the bytes are not valid UTF-8.
struct Latin1 {
	std::mutex lock; // café
};
