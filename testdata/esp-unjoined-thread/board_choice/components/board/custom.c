#include <pthread.h>

static void *blink(void *arg)
{
    return arg;
}

void board_start(void)
{
    pthread_t t;
#if CONFIG_BOARD_LED_COUNT == 12
    pthread_create(&t, NULL, blink, NULL); /* expect: esp-unjoined-thread "'t'" */
#endif
}
