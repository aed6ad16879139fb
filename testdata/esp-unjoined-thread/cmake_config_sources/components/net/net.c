#include <pthread.h>
#include "net_cfg.h"

static void *rx(void *arg)
{
    return arg;
}

void net_start(void)
{
    pthread_t t;
#if NET_CFG_FOUND
    pthread_create(&t, NULL, rx, NULL); /* expect: esp-unjoined-thread "'t'" */
#endif
}
