#include <stdlib.h>

void *variable_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
