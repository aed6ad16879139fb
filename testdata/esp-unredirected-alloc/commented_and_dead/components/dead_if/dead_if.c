#include <stdlib.h>

void *dead_if_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'dead_if' has no PSRAM redirect for malloc"
}
