#include <stdlib.h>

void *joined_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
