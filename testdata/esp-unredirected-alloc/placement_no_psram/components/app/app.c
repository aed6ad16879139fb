/* esp-unredirected-alloc: CONFIG_SPIRAM is not set, so "no PSRAM redirect" is not a finding. */
#include <stdlib.h>
#include <esp_heap_caps.h>

void no_psram(size_t n)
{
    void *a = malloc(64); // ok: esp-unredirected-alloc
    void *b = malloc(n); // ok: esp-unredirected-alloc
    void *c = heap_caps_malloc(64, MALLOC_CAP_DEFAULT); // ok: esp-unredirected-alloc
    void *d = heap_caps_malloc(n, (uint32_t)n); // ok: esp-unredirected-alloc
    (void)a; (void)b; (void)c; (void)d;
}
