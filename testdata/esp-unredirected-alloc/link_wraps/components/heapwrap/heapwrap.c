#include <stddef.h>

void *heap_caps_malloc(size_t size, unsigned caps);
void *__real_malloc(size_t size);

void *__wrap_malloc(size_t size)
{
    void *p = heap_caps_malloc(size, 1u << 10);
    return p != NULL ? p : __real_malloc(size); // ok: esp-unredirected-alloc
}

void *heapwrap_internal(size_t size)
{
    return malloc(size); // ok: esp-unredirected-alloc
}
