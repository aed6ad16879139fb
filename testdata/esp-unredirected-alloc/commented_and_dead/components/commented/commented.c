#include <stdlib.h>

void *commented_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'commented' has no PSRAM redirect for malloc" "'live_else' gets one from components/live_else/CMakeLists.txt:8"
}
