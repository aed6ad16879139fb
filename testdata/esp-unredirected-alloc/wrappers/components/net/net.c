/* esp-unredirected-alloc: findings at the wrappers' call sites, with the size known there. */
#include "util_alloc.h"

#define PACKET_BYTES 1500

void net_buffers(size_t len)
{
    void *a = APP_MALLOC(PACKET_BYTES); // expect: esp-unredirected-alloc "Call to 'app_malloc' (through macro 'APP_MALLOC') allocates 1,500 bytes from internal RAM first through the allocation wrapper path 'app_malloc'" "component 'util' has no PSRAM redirect for malloc"
    void *b = APP_MALLOC(64 * 1024); // ok: esp-unredirected-alloc
    void *c = app_malloc(len); // expect: esp-unredirected-alloc "Call to 'app_malloc' may allocate from internal RAM through the allocation wrapper path" "its size 'len' is not a constant"
    void *d = util_zalloc(32); // expect: esp-unredirected-alloc "Call to 'util_zalloc' allocates 32 bytes from internal RAM first" "component 'net' has no PSRAM redirect for calloc"
    void *e = psram_alloc(16); // ok: esp-unredirected-alloc
    pool_init(8); // ok: esp-unredirected-alloc
    (void)a; (void)b; (void)c; (void)d; (void)e;
}
