#include <stdlib.h>

void *directory_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
