#include <stdlib.h>

void *bracket_comment_alloc(size_t n)
{
    return malloc(n); // expect: esp-unredirected-alloc "component 'bracket_comment' has no PSRAM redirect for malloc"
}
