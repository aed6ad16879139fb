#include "worker.h"

#include <stddef.h>

pthread_t g_housekeeping;

static void *rx_loop(void *arg)
{
    return arg;
}

int worker_start(worker_t *w)
{
    w->stop = 0;
    pthread_create(&w->rx_thread, NULL, rx_loop, w); /* ok: esp-unjoined-thread */
    pthread_create(&w->tx_thread, NULL, rx_loop, w); /* expect: esp-unjoined-thread "'worker::tx_thread'" */
    return pthread_create(&g_housekeeping, NULL, rx_loop, NULL); /* ok: esp-unjoined-thread */
}
