/* Generic port header: its name says nothing about the heap, its content redirects it. */
#pragma once

#include <stddef.h>

void *psram_malloc(size_t size);
void *psram_calloc(size_t count, size_t size);
void *psram_realloc(void *ptr, size_t size);
void psram_free(void *ptr);
char *psram_strdup(const char *s);

#define malloc(size) psram_malloc(size)
#define calloc(count, size) psram_calloc(count, size)
#define realloc(ptr, size) psram_realloc(ptr, size)
#define free(ptr) psram_free(ptr)
#define strdup(s) psram_strdup(s)
