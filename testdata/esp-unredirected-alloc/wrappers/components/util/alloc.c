/*
 * esp-unredirected-alloc: wrappers pass their size parameter on and return the block. Their
 * allocator lines are reported at the callers, with the size each caller asks for.
 */
#include "util_alloc.h"

#include <esp_heap_caps.h>

static unsigned failures;
static void *g_pool;

static void *xmalloc(size_t size)
{
    return malloc(size); // ok: esp-unredirected-alloc
}

void *app_malloc(size_t size)
{
    void *block = xmalloc(size); // ok: esp-unredirected-alloc
    if (block == NULL) {
        failures++;
    }
    return block;
}

/* Chooses the heap itself: its callers allocate in PSRAM whatever the size. */
void *psram_alloc(size_t size)
{
    return heap_caps_malloc(size, MALLOC_CAP_SPIRAM); // ok: esp-unredirected-alloc
}

/* A wrapper nothing calls: its allocator line is reported once, as the wrapper's. */
void *orphan_alloc(size_t size)
{
    return malloc(size); // expect: esp-unredirected-alloc "Call to 'malloc' may allocate from internal RAM" "It sits in the allocation wrapper 'orphan_alloc', which no code outside allocation wrappers calls."
}

/* Not a wrapper: the block is kept here, not returned. */
void pool_init(size_t size)
{
    g_pool = malloc(size); // expect: esp-unredirected-alloc "its size 'size' is not a constant"
}
