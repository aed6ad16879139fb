/*
 * esp-internal-stack: a wrapper that passes its handle parameter on is followed like the
 * thread rule follows pthread wrappers: the caller is the creation site and the stack size is
 * the caller's argument. A pthread wrapper behaves the same; with no esp_pthread_set_cfg
 * anywhere, its stack is CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT at ESP-IDF's default.
 */
#include <freertos/FreeRTOS.h>
#include <freertos/task.h>
#include <pthread.h>

typedef void *(*start_fn)(void *);

static int spawn_task(TaskHandle_t *out, const char *name, unsigned stack)
{
    return xTaskCreate(NULL, name, stack, NULL, 5, out); // ok: esp-internal-stack
}

static int spawn_thread(pthread_t *out, start_fn start)
{
    return pthread_create(out, NULL, start, NULL); // ok: esp-internal-stack
}

static TaskHandle_t g_audio;
static pthread_t g_rx;

static void *rx(void *arg) { return arg; }

#define START_RX() spawn_thread(&g_rx, rx)

void start(void)
{
    spawn_task(&g_audio, "audio", 6 * 1024); // expect: esp-internal-stack "(wrapper 'spawn_task' (xTaskCreate)) takes a 6,144-byte stack"
    START_RX(); // expect: esp-internal-stack "thread created here (wrapper 'spawn_thread') takes a 3,072-byte stack (ESP-IDF default)" "no esp_pthread_set_cfg reaches it"
}
