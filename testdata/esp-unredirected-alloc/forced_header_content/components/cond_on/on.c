#include <stdlib.h>

void *on_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
