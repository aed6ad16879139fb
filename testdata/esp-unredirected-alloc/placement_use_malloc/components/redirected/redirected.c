/* esp-unredirected-alloc: the forced header sends malloc to PSRAM whatever the size. */
#include <stdlib.h>

void small_but_redirected(void)
{
    void *p = malloc(16); // ok: esp-unredirected-alloc
    void *q = calloc(1, 16); // expect: esp-unredirected-alloc "Call to 'calloc' allocates 16 bytes from internal RAM first: component 'redirected' has no PSRAM redirect for calloc"
    (void)p; (void)q;
}
