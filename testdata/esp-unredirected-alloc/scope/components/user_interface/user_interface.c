#include <stdlib.h>

void *user_interface_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
