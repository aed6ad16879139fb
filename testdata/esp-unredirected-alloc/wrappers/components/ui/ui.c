/* esp-unredirected-alloc: the header wrapper is compiled here too; the size decides per call. */
#include "util_alloc.h"

void ui_buffers(void)
{
    void *a = util_zalloc(128); // expect: esp-unredirected-alloc "Call to 'util_zalloc' allocates 128 bytes from internal RAM first" "component 'ui' has no PSRAM redirect for calloc"
    void *b = util_zalloc(320 * 240 * 2); // ok: esp-unredirected-alloc
    (void)a; (void)b;
}
