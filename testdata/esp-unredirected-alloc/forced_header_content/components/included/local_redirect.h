#pragma once

#include <stddef.h>

void *psram_calloc(size_t count, size_t size);

#define calloc(c, n) psram_calloc(c, n)
