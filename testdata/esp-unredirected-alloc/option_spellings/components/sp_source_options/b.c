#include <stdlib.h>

void *source_options_other(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'sp_source_options' has no PSRAM redirect for malloc"
}
