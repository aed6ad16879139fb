#include <stdlib.h>

void *shell_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
