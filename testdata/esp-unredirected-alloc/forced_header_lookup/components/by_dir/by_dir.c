#include <stdlib.h>

void *by_dir_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
