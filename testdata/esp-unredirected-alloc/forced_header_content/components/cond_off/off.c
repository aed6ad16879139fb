#include <stdlib.h>

void *off_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'cond_off' force-includes components/heapcfg/include/cond_redirect.h, but its redirect of malloc (line 9) is not in force in this unit" "'cond_on' gets one from components/cond_on/CMakeLists.txt:5"
}
