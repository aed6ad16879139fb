#pragma once

#include <stddef.h>

void *heap_caps_calloc(size_t count, size_t size, unsigned caps);

#if PSRAM_HEAP
#define calloc(c, n) heap_caps_calloc((c), (n), 1u << 10)
#endif
