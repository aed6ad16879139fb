/*
 * esp-unjoined-thread: functions whose names mention threads are not creations unless they
 * pass a handle parameter on to pthread_create. None of these start a thread.
 */
#include <pthread.h>
#include <stddef.h>

struct conn_registry {
    int thread_count;
    int thread_ready;
};

static struct conn_registry g_registry;

int conn_thread_init(struct conn_registry *registry)
{
    registry->thread_count = 0;
    registry->thread_ready = 1;
    return 0;
}

int thread_create_count(void)
{
    return g_registry.thread_count;
}

void conn_setup(void)
{
    pthread_t self = pthread_self();
    conn_thread_init(&g_registry); /* ok: esp-unjoined-thread */
    thread_create_count(); /* ok: esp-unjoined-thread */
    pthread_setname_np(self, "conn"); /* ok: esp-unjoined-thread */
}
