#include <stdlib.h>

void app_main(void)
{
    free(calloc(1, 16)); // ok: esp-unredirected-alloc
}
