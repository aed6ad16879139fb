#include <stdlib.h>

void *by_path_alloc(size_t n)
{
    return calloc(1, n); // ok: esp-unredirected-alloc
}
