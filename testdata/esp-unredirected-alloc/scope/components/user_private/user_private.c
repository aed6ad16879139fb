#include <stdlib.h>

void *user_private_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'user_private' has no PSRAM redirect for malloc"
}
