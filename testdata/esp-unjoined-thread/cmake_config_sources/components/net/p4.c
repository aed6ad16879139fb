#include <pthread.h>

static void *dma(void *arg)
{
    return arg;
}

void p4_start(void)
{
    pthread_t p;
    pthread_create(&p, NULL, dma, NULL); /* expect: esp-unjoined-thread "'p'" */
}
