#pragma once
#include <stddef.h>
void *psram_malloc(size_t size);
#define malloc(size) psram_malloc(size)
