/*
 * esp-unredirected-alloc: a call produced by a macro is reported where the macro is used, and
 * the message names the macro (the outermost one when macros nest). A macro that is defined
 * but never used produces nothing. A redirect macro defined in the file itself takes effect
 * from its line on: the decision is made on the call after macro expansion.
 */
#include <stdlib.h>

#define NEW_ZEROED(type) ((type *)calloc(1, sizeof(type)))
#define ALLOC_BYTES(n) malloc(n)
#define ALLOC_BUFFER(n) ALLOC_BYTES((n) + 16)
#define ALLOCATOR malloc
#define UNUSED_ALLOC(n) malloc(n)

struct session {
    int id;
    char *label;
};

struct session *make_session(void)
{
    struct session *s = NEW_ZEROED(struct session); // expect: esp-unredirected-alloc "'calloc' (through macro 'NEW_ZEROED')"
    char *buffer = ALLOC_BUFFER(64); // expect: esp-unredirected-alloc "'malloc' (through macro 'ALLOC_BUFFER')"
    void *raw = ALLOCATOR(32); // expect: esp-unredirected-alloc "'malloc' (through macro 'ALLOCATOR')"
    s->label = buffer;
    free(raw);
    return s;
}

void *heap_caps_malloc(size_t size, unsigned caps);
#define MALLOC_CAP_SPIRAM (1u << 10)
#define malloc(n) heap_caps_malloc((n), MALLOC_CAP_SPIRAM)

void *after_local_redirect(void)
{
    return malloc(64); // ok: esp-unredirected-alloc
}
