#include <stdlib.h>

void *psram_private_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
