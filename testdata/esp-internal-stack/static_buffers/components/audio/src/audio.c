#include "esp_attr.h"
#include <freertos/FreeRTOS.h>
#include <freertos/task.h>

#define AUDIO_STACK 8192

static StackType_t s_audio_stack[AUDIO_STACK] EXT_RAM_BSS_ATTR;
static StaticTask_t s_audio_tcb;
static StackType_t s_ctl_stack[2048];
static StaticTask_t s_ctl_tcb;

static void run(void *arg) { (void)arg; }

void audio_start(void)
{
    xTaskCreateStatic(run, "audio", AUDIO_STACK, NULL, 5, s_audio_stack, &s_audio_tcb); // ok: esp-internal-stack
    xTaskCreateStaticPinnedToCore(run, "ctl", sizeof s_ctl_stack, NULL, 5, s_ctl_stack, &s_ctl_tcb, 0); // expect: esp-internal-stack "stack of unknown size" "in a static buffer in internal RAM" "(the caller's StaticTask_t)" "'s_ctl_stack' is declared without EXT_RAM_BSS_ATTR"
}
