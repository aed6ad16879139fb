#include <pthread.h>

static void *dump(void *arg)
{
    return arg;
}

void trace_start(void)
{
    pthread_t t;
    pthread_create(&t, NULL, dump, NULL); /* expect: esp-unjoined-thread "'t'" */
}
