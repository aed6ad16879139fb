#include <stdlib.h>

void *user_public_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
