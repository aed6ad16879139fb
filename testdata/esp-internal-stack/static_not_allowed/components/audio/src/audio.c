#include "esp_attr.h"
#include <freertos/FreeRTOS.h>
#include <freertos/task.h>

static StackType_t s_audio_stack[8192] EXT_RAM_BSS_ATTR;
static StaticTask_t s_audio_tcb;

static void run(void *arg) { (void)arg; }

void audio_start(void)
{
    xTaskCreateStatic(run, "audio", 8192, NULL, 5, s_audio_stack, &s_audio_tcb); // expect: esp-internal-stack "8,192-byte stack" "declared in section .ext_ram.bss, but CONFIG_SPIRAM_ALLOW_STACK_EXTERNAL_MEMORY not set (sdkconfig"
}
