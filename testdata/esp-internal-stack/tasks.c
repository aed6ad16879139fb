/*
 * esp-internal-stack: FreeRTOS's own creation calls. Without a configuration (a lone file has
 * no sdkconfig), xTaskCreate and xTaskCreatePinnedToCore take the stack (in bytes on ESP-IDF)
 * and the TCB from internal RAM; the WithCaps forms put the stack where their caps say.
 * Sizes are folded from literals, macros, const variables and arithmetic.
 */
#include <freertos/FreeRTOS.h>
#include <freertos/task.h>

#define NET_STACK (4 * 1024)
static const unsigned LOG_STACK = NET_STACK / 2;

static void worker(void *arg) { (void)arg; }

void start_tasks(int depth)
{
    xTaskCreate(worker, "net", NET_STACK, NULL, 5, NULL); // expect: esp-internal-stack "4,096-byte stack (from the source)" "340-byte task control block" "xTaskCreate allocates the stack from internal RAM"
    xTaskCreatePinnedToCore(worker, "log", LOG_STACK, NULL, 5, NULL, 1); // expect: esp-internal-stack "(xTaskCreatePinnedToCore) takes a 2,048-byte stack"
    xTaskCreate(worker, "dyn", depth, NULL, 5, NULL); // expect: esp-internal-stack "stack of unknown size ('depth' cannot be folded"
    xTaskCreateWithCaps(worker, "big", 16384, NULL, 5, NULL, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT); // ok: esp-internal-stack
    xTaskCreatePinnedToCoreWithCaps(worker, "dma", 0x1000, NULL, 5, NULL, 0, MALLOC_CAP_INTERNAL | MALLOC_CAP_8BIT); // expect: esp-internal-stack "4,096-byte stack" "caps argument 'MALLOC_CAP_INTERNAL | MALLOC_CAP_8BIT' puts the stack in internal RAM"
#if 0
    xTaskCreate(worker, "old", 8192, NULL, 5, NULL); // ok: esp-internal-stack
#endif
}
