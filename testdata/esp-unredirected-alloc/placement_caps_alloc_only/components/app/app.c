/* esp-unredirected-alloc: without CONFIG_SPIRAM_USE_MALLOC every malloc is internal, whatever the size. */
#include <stdlib.h>
#include <esp_heap_caps.h>

void caps_alloc_only(size_t n)
{
    void *a = malloc(1 << 20); // expect: esp-unredirected-alloc "Call to 'malloc' allocates from internal RAM: component 'app' has no PSRAM redirect for malloc" "CONFIG_SPIRAM_USE_MALLOC is not set (sdkconfig:" "so malloc never uses PSRAM"
    void *b = heap_caps_malloc(n, MALLOC_CAP_SPIRAM); // ok: esp-unredirected-alloc
    (void)a; (void)b;
}
