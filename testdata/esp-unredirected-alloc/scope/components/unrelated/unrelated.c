#include <stdlib.h>

void *unrelated_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'unrelated' has no PSRAM redirect for malloc"
}
