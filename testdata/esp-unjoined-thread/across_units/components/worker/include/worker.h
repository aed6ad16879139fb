#ifndef WORKER_H
#define WORKER_H

#include <pthread.h>

typedef struct worker {
    pthread_t rx_thread;
    pthread_t tx_thread;
    volatile int stop;
} worker_t;

extern pthread_t g_housekeeping;

int worker_start(worker_t *w);
void worker_stop(worker_t *w);

#endif
