/* The project's allocation hooks, used by net and ui. */
#ifndef UTIL_ALLOC_H
#define UTIL_ALLOC_H

#include <stddef.h>
#include <stdlib.h>

void *app_malloc(size_t size);
void *psram_alloc(size_t size);
void *orphan_alloc(size_t size);
void pool_init(size_t size);

/* Callers write APP_MALLOC(n): macro -> app_malloc() -> xmalloc() -> malloc(). */
#define APP_MALLOC(n) app_malloc(n)

/* A header wrapper: each component that includes it compiles its own copy. */
static inline void *util_zalloc(size_t size)
{
    return calloc(1, size); // ok: esp-unredirected-alloc
}

#endif
