#include <stdlib.h>

void *codec_frame(size_t len)
{
    void *explicit_psram = psram_buffer(len); // ok: esp-unredirected-alloc
    free(explicit_psram);
    return malloc(len); // expect: esp-unredirected-alloc "component 'codec' has no PSRAM redirect for malloc (its force-included components/codec/port/psram_malloc.h does not define it, and no link wrap covers it); 'cond_on' gets one from components/cond_on/CMakeLists.txt:5"
}
