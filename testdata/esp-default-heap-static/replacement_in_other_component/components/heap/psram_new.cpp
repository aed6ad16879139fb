#include <cstddef>
#include <new>

extern "C" void *heap_caps_malloc(std::size_t size, unsigned caps);

void *operator new(std::size_t size) {
	void *p = heap_caps_malloc(size, 1u << 10);
	if (p == nullptr) {
		throw std::bad_alloc();
	}
	return p;
}

void operator delete(void *p) noexcept;
