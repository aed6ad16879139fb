#include <stddef.h>

void *heap_caps_malloc(size_t size, unsigned caps);

void *__wrap_malloc(size_t size)
{
    return heap_caps_malloc(size, 1u << 10);
}
