#pragma once

#include <stdlib.h>

struct ringbuf {
    size_t size;
    unsigned char *data;
};

static inline struct ringbuf *ringbuf_new(size_t size)
{
    struct ringbuf *rb = malloc(sizeof(*rb)); // expect: esp-unredirected-alloc "components 'slow', 'slower' have no PSRAM redirect for malloc" "'fast' gets one from components/fast/CMakeLists.txt:4" "The same code is redirected in 'fast'."
    rb->size = size;
    rb->data = malloc(size); // expect: esp-unredirected-alloc "components 'slow', 'slower' have no PSRAM redirect for malloc"
    return rb;
}
