#pragma once

#include <stddef.h>

void *heap_caps_malloc(size_t size, unsigned caps);

#define malloc(n) heap_caps_malloc((n), 1u << 10)
