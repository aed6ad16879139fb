#include <stdlib.h>

void *fresh_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
