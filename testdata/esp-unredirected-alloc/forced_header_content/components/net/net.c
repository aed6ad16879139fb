#include <stdlib.h>
#include <string.h>

struct packet {
    size_t len;
    char *name;
    unsigned char *data;
};

struct packet *packet_new(const char *name, size_t len)
{
    struct packet *p = calloc(1, sizeof(*p)); // ok: esp-unredirected-alloc
    p->data = malloc(len); // ok: esp-unredirected-alloc
    p->data = realloc(p->data, len * 2); // ok: esp-unredirected-alloc
    p->name = strdup(name); // ok: esp-unredirected-alloc
    return p;
}

char *packet_label(const char *name)
{
    /* heap.h redirects strdup but not strndup. */
    return strndup(name, 15); // expect: esp-unredirected-alloc "Call to 'strndup' allocates from internal RAM: component 'net' has no PSRAM redirect for strndup" "no component in this build redirects it"
}

void *packet_scratch(size_t len)
{
    /* A function-like macro only expands when the name is followed by '('. */
    return (malloc)(len); // expect: esp-unredirected-alloc "component 'net' force-includes the redirect macro from components/net/port/heap.h:12, but this call escapes its expansion"
}
