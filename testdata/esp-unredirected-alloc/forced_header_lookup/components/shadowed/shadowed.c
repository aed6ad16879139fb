#include <stdlib.h>

void *shadowed_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'shadowed' has no PSRAM redirect for malloc (its force-included components/shadowed/compat/psram_redirect.h does not define it" "'by_dir' gets one from components/by_dir/CMakeLists.txt:5"
}
