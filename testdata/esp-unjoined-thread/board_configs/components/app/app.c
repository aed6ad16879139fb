#include <pthread.h>

static void *work(void *arg)
{
    return arg;
}

void app_start(void)
{
    pthread_t a, b, h;
#ifdef CONFIG_BOARD_A
    pthread_create(&a, NULL, work, NULL); /* board A is not the configuration used */
#endif
#ifdef CONFIG_BOARD_B
    pthread_create(&b, NULL, work, NULL); /* expect: esp-unjoined-thread "'b'" */
#endif
#if APP_HOST_CHECK == 2
    pthread_create(&h, NULL, work, NULL); /* expect: esp-unjoined-thread "'h'" */
#endif
}
