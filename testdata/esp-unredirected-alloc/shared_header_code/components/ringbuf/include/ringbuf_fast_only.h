#pragma once

#include <stdlib.h>

/* Only the redirected component includes this header. */
static inline void *ringbuf_scratch(size_t size)
{
    return malloc(size); // ok: esp-unredirected-alloc
}
