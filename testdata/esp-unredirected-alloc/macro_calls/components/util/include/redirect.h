#pragma once

#include <stddef.h>

void *psram_malloc(size_t size);
void *psram_calloc(size_t count, size_t size);

#define malloc(n) psram_malloc(n)
#define calloc(c, n) psram_calloc(c, n)
