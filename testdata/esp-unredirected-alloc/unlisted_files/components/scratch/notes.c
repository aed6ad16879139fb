/* No CMakeLists.txt next to this file: scratch/ is not a component. */
#include <stdlib.h>

void *scratch_alloc(size_t n)
{
    return malloc(n); // ok: esp-unredirected-alloc
}
