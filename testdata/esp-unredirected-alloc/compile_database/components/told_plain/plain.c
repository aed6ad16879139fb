#include <stdlib.h>

void *plain_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
