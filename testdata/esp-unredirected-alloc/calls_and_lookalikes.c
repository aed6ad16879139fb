/*
 * esp-unredirected-alloc, one component built with no flags: nothing redirects its heap, so
 * every call of an allocator symbol is reported. Look-alikes are not calls.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Declarations are not calls. */
void *malloc(size_t size); // ok: esp-unredirected-alloc
char *strdup(const char *s); // ok: esp-unredirected-alloc
int asprintf(char **out, const char *fmt, ...); // ok: esp-unredirected-alloc

struct heap_ops {
    void *(*malloc)(size_t size); // ok: esp-unredirected-alloc
};

static void tally_malloc(size_t n) { (void)n; }
void *my_malloc(size_t n);
void xmalloc_stats(void);

void every_symbol(const char *name, char **out, va_list args)
{
    void *p = malloc(32); // expect: esp-unredirected-alloc "Call to 'malloc' allocates from internal RAM: component 'calls_and_lookalikes' has no PSRAM redirect for malloc" "no component in this build redirects it"
    void *q = calloc(4, 8); // expect: esp-unredirected-alloc "'calloc'"
    p = realloc(p, 64); // expect: esp-unredirected-alloc "'realloc'"
    char *a = strdup(name); // expect: esp-unredirected-alloc "'strdup'"
    char *b = strndup(name, 8); // expect: esp-unredirected-alloc "'strndup'"
    void *c = NULL;
    posix_memalign(&c, 16, 64); // expect: esp-unredirected-alloc "'posix_memalign'"
    void *d = aligned_alloc(16, 64); // expect: esp-unredirected-alloc "'aligned_alloc'"
    void *e = memalign(16, 64); // expect: esp-unredirected-alloc "'memalign'"
    void *f = valloc(4096); // expect: esp-unredirected-alloc "'valloc'"
    asprintf(out, "%s", name); // expect: esp-unredirected-alloc "'asprintf'"
    vasprintf(out, "%s", args); // expect: esp-unredirected-alloc "'vasprintf'"

    /* free allocates nothing and returns a block to the heap it came from. */
    free(p); // ok: esp-unredirected-alloc
    free(q); // ok: esp-unredirected-alloc
    (void)a; (void)b; (void)d; (void)e; (void)f;
}

void look_alikes(struct heap_ops *ops)
{
    /* malloc(1) in a comment is not a call. */
    puts("malloc(1) in a string is not a call"); // ok: esp-unredirected-alloc
    tally_malloc(8); // ok: esp-unredirected-alloc
    void *p = my_malloc(8); // ok: esp-unredirected-alloc
    xmalloc_stats(); // ok: esp-unredirected-alloc
    void *q = ops->malloc(8); // ok: esp-unredirected-alloc
    void *(*allocate)(size_t) = malloc; // ok: esp-unredirected-alloc
    void *r = allocate(8); // ok: esp-unredirected-alloc
    (void)p; (void)q; (void)r;
#if 0
    void *dead = malloc(128);
#endif
#ifdef NOT_DEFINED_ANYWHERE
    void *dead_too = calloc(1, 128);
#endif
}

void escaped_parentheses(void)
{
    /* Parentheses around the name change nothing when no macro is involved. */
    void *p = (malloc)(16); // expect: esp-unredirected-alloc "'malloc'"
    (void)p;
}
