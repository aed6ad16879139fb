/* PSRAM helpers for the codec: callers use psram_buffer() explicitly. */
#pragma once

#include <stddef.h>

#define PSRAM_MALLOC_ENABLED 1
#define PSRAM_ALIGN 16

void *heap_caps_malloc(size_t size, unsigned caps);
#define psram_buffer(n) heap_caps_malloc((n), 1u << 10)
