#include <stdlib.h>

void *none_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'sp_none' has no PSRAM redirect for malloc" "gets one from components/sp_"
}
