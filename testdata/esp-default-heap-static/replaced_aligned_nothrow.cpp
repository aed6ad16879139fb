// esp-default-heap-static: this file replaces the global operator new (aligned_nothrow form), so the
// rule reports no static container anywhere in the project; the summary names the
// replacement instead.
#include <cstddef>
#include <new>
#include <string>
#include <vector>

#define MALLOC_CAP_SPIRAM (1u << 10)
extern "C" void *heap_caps_malloc(std::size_t size, unsigned caps);
extern "C" void *heap_caps_aligned_alloc(std::size_t alignment, std::size_t size, unsigned caps);

void *operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t &) noexcept {
	return heap_caps_aligned_alloc(static_cast<std::size_t>(align), size, MALLOC_CAP_SPIRAM);
}

std::vector<int> gSamples; // ok: esp-default-heap-static
std::string gName; // ok: esp-default-heap-static

int count() {
	static std::vector<int> cache; // ok: esp-default-heap-static
	return static_cast<int>(cache.size());
}
