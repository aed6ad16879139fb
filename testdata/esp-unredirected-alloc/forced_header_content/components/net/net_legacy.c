/* Legacy code that wants the system heap for its buffers. */
#include <stdlib.h>

#undef calloc

void *legacy_table(size_t n)
{
    void *fast = malloc(n); // ok: esp-unredirected-alloc
    free(fast);
    return calloc(n, 8); // expect: esp-unredirected-alloc "component 'net' force-includes components/net/port/heap.h, but its redirect of calloc (line 13) is not in force in this unit"
}
