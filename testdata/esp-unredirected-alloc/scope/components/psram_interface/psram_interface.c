#include <stdlib.h>

void *psram_interface_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'psram_interface' has no PSRAM redirect for malloc" "'psram_private' gets one from components/psram_private/CMakeLists.txt:4"
}
