#include <stdlib.h>

void *listed_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'listed' has no PSRAM redirect for malloc"
}
