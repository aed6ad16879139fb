/*
 * esp-unjoined-thread: threads started through macros are reported where the macro is used,
 * and handles written through accessor macros are the storage the macro expands to. Code in
 * preprocessor branches that are not compiled is not looked at.
 */
#include <pthread.h>
#include <stddef.h>

typedef pthread_t thread_t;

#define thread_init(t, func, arg) pthread_create(t, NULL, func, arg)
#define thread_join(t, res) pthread_join(t, res)
#define START_TASK(t, func) thread_init(&(t), func, NULL)

struct base_info {
    thread_t recv_thread;
    thread_t timer_thread;
    thread_t stats_thread;
};

struct base_info system_base_info;

#define BASE_VAR(m) system_base_info.m

static void *loop(void *arg)
{
    return arg;
}

void stack_init(void)
{
    thread_init(&BASE_VAR(recv_thread), loop, NULL); /* ok: esp-unjoined-thread */
    START_TASK(BASE_VAR(timer_thread), loop); /* ok: esp-unjoined-thread */
    thread_init(&BASE_VAR(stats_thread), loop, NULL); /* expect: esp-unjoined-thread "'base_info::stats_thread'" */
}

void stack_finish(void)
{
    thread_join(BASE_VAR(recv_thread), NULL);
    pthread_join(system_base_info.timer_thread, NULL);
}

#if 0
void never_compiled(void)
{
    pthread_t t;
    pthread_create(&t, NULL, loop, NULL);
}
#endif

#ifdef STACK_DEBUG_THREADS
void debug_threads(void)
{
    thread_t t;
    thread_init(&t, loop, NULL);
}
#else
void debug_threads(void)
{
}
#endif
