#include "core/timer.h"

void *core_timer_loop(void *arg)
{
    return arg;
}

void core_timer_stop(struct core_timer *t)
{
    pthread_join(t->thread, NULL);
}
