#include <stdlib.h>

void *source_flags_other(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'sp_source_flags' has no PSRAM redirect for malloc"
}
