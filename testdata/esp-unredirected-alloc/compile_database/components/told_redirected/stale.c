#include <stdlib.h>

void *stale_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'told_redirected' has no PSRAM redirect for malloc"
}
