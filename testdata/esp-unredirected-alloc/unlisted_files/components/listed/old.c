#include <stdlib.h>

void *old_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
