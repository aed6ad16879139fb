/*
 * esp-unredirected-alloc: the caps decide. MALLOC_CAP_SPIRAM is PSRAM; MALLOC_CAP_INTERNAL and
 * MALLOC_CAP_DMA are internal RAM on purpose (not reported, listed in the run property
 * internalOnPurpose); caps that leave the choice to the allocator try internal RAM first.
 */
#include <stddef.h>
#include <stdint.h>
#include <esp_heap_caps.h>
#include <freertos/FreeRTOS.h>

#define BUFFER_CAPS (MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT)
#define FAST_CAPS MALLOC_CAP_8BIT
static const uint32_t k_dma_caps = MALLOC_CAP_DMA | MALLOC_CAP_INTERNAL;

static void worker(void *arg) { (void)arg; }

void caps_kinds(size_t n, uint32_t caller_caps)
{
    void *a = heap_caps_malloc(4096, MALLOC_CAP_SPIRAM); // ok: esp-unredirected-alloc
    void *b = heap_caps_malloc(64, MALLOC_CAP_INTERNAL | MALLOC_CAP_8BIT); // ok: esp-unredirected-alloc
    void *c = heap_caps_malloc(n, MALLOC_CAP_DMA); // ok: esp-unredirected-alloc
    void *d = heap_caps_malloc(128, MALLOC_CAP_DEFAULT); // expect: esp-unredirected-alloc "Call to 'heap_caps_malloc' allocates 128 bytes from internal RAM first: with MALLOC_CAP_DEFAULT and no MALLOC_CAP_SPIRAM"
    void *e = heap_caps_calloc(4, 32, MALLOC_CAP_8BIT); // expect: esp-unredirected-alloc "Call to 'heap_caps_calloc' allocates 128 bytes from internal RAM first: with MALLOC_CAP_8BIT"
    void *f = heap_caps_malloc(n, BUFFER_CAPS); // ok: esp-unredirected-alloc
    void *g = heap_caps_malloc(n, FAST_CAPS); // expect: esp-unredirected-alloc "Call to 'heap_caps_malloc' allocates from internal RAM first: with MALLOC_CAP_8BIT"
    void *h = heap_caps_aligned_alloc(64, n, k_dma_caps); // ok: esp-unredirected-alloc
    void *i = heap_caps_malloc(n, caller_caps); // expect: esp-unredirected-alloc "Could not tell which heap the call to 'heap_caps_malloc' allocates from: its caps are not a constant"
    void *j = heap_caps_malloc_prefer(n, 2, MALLOC_CAP_SPIRAM, MALLOC_CAP_INTERNAL); // ok: esp-unredirected-alloc
    void *k = heap_caps_realloc(a, 8192, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT); // ok: esp-unredirected-alloc
    (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h; (void)i; (void)j; (void)k;
}

void caps_creators(void)
{
    TaskHandle_t task;
    xTaskCreateWithCaps(worker, "worker", 4096, NULL, 5, &task, MALLOC_CAP_SPIRAM); // ok: esp-unredirected-alloc
    QueueHandle_t q = xQueueCreateWithCaps(8, 32, MALLOC_CAP_8BIT); // expect: esp-unredirected-alloc "Call to 'xQueueCreateWithCaps' allocates 256 bytes from internal RAM first"
    SemaphoreHandle_t m = xSemaphoreCreateMutexWithCaps(MALLOC_CAP_INTERNAL); // ok: esp-unredirected-alloc
    (void)q; (void)m;
}
