#include <stdlib.h>

void *wrap_private_page(void)
{
    return valloc(4096); // expect: esp-unredirected-alloc "component 'wrap_private' has no PSRAM redirect for valloc" "the PRIVATE wrap of valloc at components/wrap_private/CMakeLists.txt:5 reaches no link step"
}
