#include <stdlib.h>

void *live_else_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
