#include <stdlib.h>

void *source_options_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
