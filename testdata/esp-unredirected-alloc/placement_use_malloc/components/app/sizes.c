/*
 * esp-unredirected-alloc with CONFIG_SPIRAM_USE_MALLOC=y and an always-internal limit of 2048
 * bytes: blocks up to the limit are internal first (reported), larger ones PSRAM first (not
 * reported), sizes that are not constants are notes naming the limit.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RING_BYTES 8192
#define HEADER_BYTES (16 + 16)
enum { SLOTS = 64, SLOT_BYTES = 32 };

struct peer {
    uint8_t id[6];
    uint16_t port;
    uint32_t addr;
    struct peer *next;
};

typedef struct {
    char name[32];
    double gain;
    int32_t taps[8];
} filter_t;

void constant_sizes(void)
{
    void *a = malloc(64); // expect: esp-unredirected-alloc "Call to 'malloc' allocates 64 bytes from internal RAM first: component 'app' has no PSRAM redirect for malloc" "blocks of at most 2048 bytes come from internal RAM first (CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL, sdkconfig:9)"
    void *b = malloc(2048); // expect: esp-unredirected-alloc "allocates 2,048 bytes from internal RAM first"
    void *c = malloc(2049); // ok: esp-unredirected-alloc
    void *d = malloc(RING_BYTES); // ok: esp-unredirected-alloc
    void *e = malloc(HEADER_BYTES); // expect: esp-unredirected-alloc "allocates 32 bytes"
    void *f = malloc(4 * 1024); // ok: esp-unredirected-alloc
    void *g = calloc(SLOTS, SLOT_BYTES); // expect: esp-unredirected-alloc "Call to 'calloc' allocates 2,048 bytes from internal RAM first"
    void *h = calloc(SLOTS + 1, SLOT_BYTES); // ok: esp-unredirected-alloc
    void *i = realloc(a, RING_BYTES * 2); // ok: esp-unredirected-alloc
    void *j = realloc(b, 100); // expect: esp-unredirected-alloc "Call to 'realloc' allocates 100 bytes from internal RAM first"
    void *k = aligned_alloc(16, 1 << 12); // ok: esp-unredirected-alloc
    (void)c; (void)d; (void)e; (void)f; (void)g; (void)h; (void)i; (void)j; (void)k;
}

void estimated_sizes(void)
{
    /* Struct sizes are estimated for the 32-bit targets, and the message says so. */
    struct peer *p = malloc(sizeof(struct peer)); // expect: esp-unredirected-alloc "allocates about 16 bytes from internal RAM first"
    filter_t *f = calloc(1, sizeof(filter_t)); // expect: esp-unredirected-alloc "allocates about 72 bytes from internal RAM first"
    filter_t *bank = calloc(64, sizeof(filter_t)); // ok: esp-unredirected-alloc
    struct peer *q = malloc(sizeof *p); // expect: esp-unredirected-alloc "allocates about 16 bytes"
    (void)q; (void)f; (void)bank;
}

void unknown_sizes(size_t len, const char *name, char **out)
{
    void *a = malloc(len); // expect: esp-unredirected-alloc "Call to 'malloc' may allocate from internal RAM: component 'app' has no PSRAM redirect for malloc" "its size 'len' is not a constant: with CONFIG_SPIRAM_USE_MALLOC it is internal when n <= 2048 (CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL, sdkconfig:9) and PSRAM-first above"
    void *b = calloc(len, 4); // expect: esp-unredirected-alloc "its size 'len * 4' is not a constant"
    char *c = strdup(name); // expect: esp-unredirected-alloc "Call to 'strdup' may allocate from internal RAM" "its size 'the length of the copied string' is not a constant"
    asprintf(out, "%s", name); // expect: esp-unredirected-alloc "Call to 'asprintf' may allocate from internal RAM"
    void *d = reallocarray(a, len, 8); // expect: esp-unredirected-alloc "Call to 'reallocarray' may allocate"
    free(b); // ok: esp-unredirected-alloc
    (void)c; (void)d;
}
