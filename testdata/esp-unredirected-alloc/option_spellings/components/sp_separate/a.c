#include <stdlib.h>

void *separate_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
