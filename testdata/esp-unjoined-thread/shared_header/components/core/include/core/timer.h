#ifndef CORE_TIMER_H
#define CORE_TIMER_H

#include <pthread.h>
#include <stddef.h>

struct core_timer {
    pthread_t thread;
    pthread_t monitor;
};

void *core_timer_loop(void *arg);

static inline int core_timer_start(struct core_timer *t)
{
    return pthread_create(&t->thread, NULL, core_timer_loop, t); /* ok: esp-unjoined-thread */
}

static inline int core_timer_monitor(struct core_timer *t)
{
    return pthread_create(&t->monitor, NULL, core_timer_loop, t); /* expect: esp-unjoined-thread "'core_timer::monitor'" */
}

#endif
