/* esp-unredirected-alloc: the default limit is 16384 bytes. */
#include <stdlib.h>

void default_threshold(size_t n)
{
    void *a = malloc(16384); // expect: esp-unredirected-alloc "allocates 16,384 bytes from internal RAM first" "blocks of at most 16384 bytes come from internal RAM first"
    void *b = malloc(16385); // ok: esp-unredirected-alloc
    void *c = malloc(n); // expect: esp-unredirected-alloc "internal when n <= 16384"
    (void)a; (void)b; (void)c;
}
