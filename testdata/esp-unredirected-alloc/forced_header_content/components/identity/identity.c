#include <stdlib.h>

void *identity_alloc(size_t n)
{
    void *a = malloc(n); // expect: esp-unredirected-alloc "component 'identity' has no PSRAM redirect for malloc"
    void *b = calloc(1, n); // expect: esp-unredirected-alloc "component 'identity' has no PSRAM redirect for calloc"
    free(a);
    return b;
}
