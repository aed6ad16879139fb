#include <string.h>

#include "alloc_macros.h"

struct frame {
    char *label;
    unsigned char *data;
};

struct frame *slow_frame(const char *label)
{
    struct frame *f = NEW_ZEROED(struct frame); // expect: esp-unredirected-alloc "Call to 'calloc' (through macro 'NEW_ZEROED') allocates from internal RAM: component 'slow' has no PSRAM redirect for calloc" "'fast' gets one from components/fast/CMakeLists.txt:5"
    f->data = ALLOC_FRAME(1024); // expect: esp-unredirected-alloc "Call to 'malloc' (through macro 'ALLOC_FRAME')"
    f->label = DUP_LABEL(label); // expect: esp-unredirected-alloc "Call to 'strdup' (through macro 'DUP_LABEL')"
    return f;
}
