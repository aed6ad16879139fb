#include <stdlib.h>

void *cond_alloc(size_t n)
{
    return calloc(1, n); // expect: esp-unredirected-alloc "component 'cond' has no PSRAM redirect for calloc"
}
