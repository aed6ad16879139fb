#pragma once

#include <stddef.h>

void *heap_caps_malloc(size_t size, unsigned caps);
void *heap_caps_calloc(size_t count, size_t size, unsigned caps);

#define malloc(n) heap_caps_malloc((n), 1u << 10)
#define calloc(c, n) heap_caps_calloc((c), (n), 1u << 10)
