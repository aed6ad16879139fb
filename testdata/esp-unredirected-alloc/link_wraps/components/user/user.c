#include <stdlib.h>
#include <string.h>

void *user_everything(const char *text, size_t n)
{
    void *a = malloc(n); // ok: esp-unredirected-alloc
    void *b = calloc(1, n); // ok: esp-unredirected-alloc
    a = realloc(a, 2 * n); // ok: esp-unredirected-alloc
    char *c = strdup(text); // ok: esp-unredirected-alloc
    void *d = NULL;
    posix_memalign(&d, 16, n); // ok: esp-unredirected-alloc

    /* --wrap=malloc does not cover strndup: newlib serves it through _malloc_r. */
    char *e = strndup(text, 8); // expect: esp-unredirected-alloc "component 'user' has no PSRAM redirect for strndup" "no component in this build redirects it; the link wraps in this build cover only calloc, malloc, posix_memalign, realloc, strdup"
    void *f = valloc(4096); // expect: esp-unredirected-alloc "component 'user' has no PSRAM redirect for valloc" "the PRIVATE wrap of valloc at components/wrap_private/CMakeLists.txt:5 reaches no link step"
    void *g = memalign(16, n); // expect: esp-unredirected-alloc "'memalign'" "the link wraps in this build cover only"
    free(b);
    (void)c; (void)e; (void)f; (void)g;
    return a;
}
