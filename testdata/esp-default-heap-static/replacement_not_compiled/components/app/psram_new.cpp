#include <cstddef>

extern "C" void *heap_caps_malloc(std::size_t size, unsigned caps);

void *operator new(std::size_t size) {
	return heap_caps_malloc(size, 1u << 10);
}
