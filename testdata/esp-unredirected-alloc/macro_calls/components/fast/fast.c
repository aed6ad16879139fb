#include <string.h>

#include "alloc_macros.h"

struct frame {
    char *label;
    unsigned char *data;
};

struct frame *fast_frame(const char *label)
{
    struct frame *f = NEW_ZEROED(struct frame); // ok: esp-unredirected-alloc
    f->data = ALLOC_FRAME(1024); // ok: esp-unredirected-alloc
    f->label = DUP_LABEL(label); // expect: esp-unredirected-alloc "Call to 'strdup' (through macro 'DUP_LABEL')" "component 'fast' has no PSRAM redirect for strdup"
    return f;
}
