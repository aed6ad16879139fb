#include <stdlib.h>

void *quoted_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
