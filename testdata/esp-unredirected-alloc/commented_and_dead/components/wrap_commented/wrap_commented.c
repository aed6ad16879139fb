#include <stdlib.h>

void *wrap_commented_alloc(size_t n)
{
    return calloc(1, n); // expect: esp-unredirected-alloc "component 'wrap_commented' has no PSRAM redirect for calloc" "no component in this build redirects it."
}
