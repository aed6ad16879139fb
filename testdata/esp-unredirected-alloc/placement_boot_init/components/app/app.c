/*
 * esp-unredirected-alloc: the configuration chooses the branch. With CONFIG_SPIRAM_BOOT_INIT=y
 * (sdkconfig) the heap_caps_malloc branch is compiled and the malloc branch is not, so nothing
 * is reported. This case needs the CONFIG_* values predefined for the parser.
 */
#include <stdlib.h>
#include <esp_heap_caps.h>

void *session_buffer(void)
{
#if CONFIG_SPIRAM_BOOT_INIT
    return heap_caps_malloc(512, MALLOC_CAP_SPIRAM); // ok: esp-unredirected-alloc
#else
    return malloc(512); // ok: esp-unredirected-alloc
#endif
}
