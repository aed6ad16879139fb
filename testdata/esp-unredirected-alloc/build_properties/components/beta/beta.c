#include <stdlib.h>

void *beta_table(size_t n)
{
    void *index = malloc(n); // ok: esp-unredirected-alloc
    free(index);
    return calloc(n, 4); // expect: esp-unredirected-alloc "component 'beta' has no PSRAM redirect for calloc" "no component in this build redirects it."
}
