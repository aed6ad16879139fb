#include <stdlib.h>

void *nested_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
