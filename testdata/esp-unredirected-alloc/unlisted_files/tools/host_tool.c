/* A host-side tool outside the component folders. */
#include <stdlib.h>

int main(void)
{
    free(malloc(16)); // ok: esp-unredirected-alloc
    return 0;
}
