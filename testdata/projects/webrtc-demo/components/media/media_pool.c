/*
 * Frame pool. With CONFIG_SPIRAM_USE_MALLOC=y and the 16384-byte always-internal limit of
 * this project's sdkconfig, where each block goes depends on its size.
 */
#include "media_pool.h"

#include <stdlib.h>

#include "media_alloc.h"

#define FRAME_BYTES (1920 * 1080 * 3 / 2)
enum { SLOT_COUNT = 4 };

media_pool_t *media_pool_create(size_t scratch_length)
{
    /* 16 bytes: at most the limit, so internal RAM first. */
    media_pool_t *pool = MEDIA_ALLOC(sizeof(media_pool_t)); // expect: esp-unredirected-alloc "Call to 'media_alloc' (through macro 'MEDIA_ALLOC') allocates about 16 bytes from internal RAM first through the allocation wrapper path 'media_alloc'" "component 'media' has no PSRAM redirect for malloc"
    if (pool == NULL) {
        return NULL;
    }
    /* 3 MB of frames: above the limit, so PSRAM first. */
    pool->frames = MEDIA_ALLOC(FRAME_BYTES * 2); // ok: esp-unredirected-alloc
    /* 4 slots of 12 bytes. */
    pool->slots = calloc(SLOT_COUNT, sizeof(media_slot_t)); // expect: esp-unredirected-alloc "Call to 'calloc' allocates about 48 bytes from internal RAM first" "blocks of at most 16384 bytes come from internal RAM first (CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL, sdkconfig:19)"
    /* The caller decides: internal when scratch_length <= 16384. */
    pool->scratch = malloc(scratch_length); // expect: esp-unredirected-alloc "Call to 'malloc' may allocate from internal RAM" "its size 'scratch_length' is not a constant: with CONFIG_SPIRAM_USE_MALLOC it is internal when n <= 16384"
    pool->scratch_length = scratch_length;
    return pool;
}
