// PSRAM-backed C allocation functions. esp32_malloc_redirect.h renames malloc() and friends
// to these in the components that force-include it.
//
// Note what is missing: there is no replacement for the global operator new / operator
// delete, so every C++ allocation (std::vector, std::map, std::function, make_shared) still
// comes from internal RAM.

#include <esp_heap_caps.h>
#include <esp_pthread.h>
#include <string.h>

#include "esp32_malloc_redirect.h"
#include "psram_allocator.hpp"

extern "C" {

void *esp32_psram_malloc(size_t size) {
	void *ptr = heap_caps_malloc(size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);
	// Fall back to any heap rather than failing: a small internal allocation beats a crash.
	return ptr ? ptr : heap_caps_malloc(size, MALLOC_CAP_DEFAULT); // expect: esp-unredirected-alloc "Call to 'heap_caps_malloc' allocates from internal RAM first: with MALLOC_CAP_DEFAULT and no MALLOC_CAP_SPIRAM"
}

void *esp32_psram_calloc(size_t count, size_t size) {
	void *ptr = heap_caps_calloc(count, size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);
	return ptr ? ptr : heap_caps_calloc(count, size, MALLOC_CAP_DEFAULT); // expect: esp-unredirected-alloc "Call to 'heap_caps_calloc' allocates from internal RAM first"
}

void *esp32_psram_realloc(void *ptr, size_t size) {
	return heap_caps_realloc(ptr, size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);
}

void esp32_psram_free(void *ptr) { heap_caps_free(ptr); }

char *esp32_psram_strdup(const char *str) {
	size_t len = strlen(str) + 1;
	char *copy = static_cast<char *>(esp32_psram_malloc(len));
	if (copy)
		memcpy(copy, str, len);
	return copy;
}

} // extern "C"

namespace rtc::impl {

void UsePsramThreadStacks(size_t stackSize) {
	esp_pthread_cfg_t cfg = esp_pthread_get_default_config();
	cfg.stack_size = stackSize;
	cfg.stack_alloc_caps = MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT;
	esp_pthread_set_cfg(&cfg);
}

} // namespace rtc::impl

#if 0
// Tried and disabled while chasing a boot crash: objects constructed before PSRAM is
// initialized must not come from here.
void *operator new(size_t size) { return esp32_psram_malloc(size); }
void operator delete(void *ptr) noexcept { esp32_psram_free(ptr); }
#endif
