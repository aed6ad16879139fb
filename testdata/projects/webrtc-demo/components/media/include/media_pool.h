#ifndef MEDIA_POOL_H
#define MEDIA_POOL_H

#include <stddef.h>
#include <stdint.h>

/* One decoded frame in flight. */
typedef struct media_slot {
    uint8_t *data;
    size_t length;
    uint32_t timestamp;
} media_slot_t;

typedef struct media_pool {
    uint8_t *frames;
    media_slot_t *slots;
    uint8_t *scratch;
    size_t scratch_length;
} media_pool_t;

media_pool_t *media_pool_create(size_t scratch_length);

#endif
