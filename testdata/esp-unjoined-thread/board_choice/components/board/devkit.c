#include <pthread.h>

static void *blink(void *arg)
{
    return arg;
}

void board_start(void)
{
    pthread_t t;
    pthread_create(&t, NULL, blink, NULL); /* not compiled: the configuration picks the custom board */
}
