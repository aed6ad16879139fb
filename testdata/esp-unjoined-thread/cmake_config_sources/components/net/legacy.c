#include <pthread.h>

static void *rx(void *arg)
{
    return arg;
}

void legacy_start(void)
{
    pthread_t t;
    pthread_create(&t, NULL, rx, NULL); /* not compiled: NET_LEGACY defaults to n */
}
