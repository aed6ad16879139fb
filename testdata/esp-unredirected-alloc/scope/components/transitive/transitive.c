#include <stdlib.h>

void *transitive_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
