/* esp-unredirected-alloc: with CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL=0 nothing is internal first. */
#include <stdlib.h>
#include <string.h>
#include <esp_heap_caps.h>

void threshold_zero(size_t n, const char *s)
{
    void *a = malloc(1); // ok: esp-unredirected-alloc
    void *b = calloc(n, 4); // ok: esp-unredirected-alloc
    char *c = strdup(s); // ok: esp-unredirected-alloc
    /* The caps allocator ignores the limit: MALLOC_CAP_8BIT still tries internal RAM first. */
    void *d = heap_caps_malloc(16, MALLOC_CAP_8BIT); // expect: esp-unredirected-alloc "Call to 'heap_caps_malloc' allocates 16 bytes from internal RAM first"
    (void)a; (void)b; (void)c; (void)d;
}
