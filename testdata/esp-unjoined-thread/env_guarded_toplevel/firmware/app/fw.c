#include <pthread.h>

static void *loop(void *arg)
{
    return arg;
}

void fw_start(void)
{
    pthread_t t;
    pthread_create(&t, NULL, loop, NULL); /* expect: esp-unjoined-thread "'t'" */
}
