#include <pthread.h>
#include "esp_attr.h"

static void *work(void *arg)
{
    return arg;
}

void IRAM_ATTR start_from_isr(void)
{
    pthread_t t;
#if APP_MOCK_ESP_ATTR
    pthread_create(&t, NULL, work, NULL); /* expect: esp-unjoined-thread "'t'" */
#endif
}

void start_when_no_dram_attr(void)
{
    pthread_t u;
#ifndef DRAM_ATTR
    pthread_create(&u, NULL, work, NULL); /* expect: esp-unjoined-thread "'u'" */
#endif
}
