/*
 * esp-unjoined-thread: a thread cannot join itself. pthread_join(pthread_self(), ...) and a
 * join of the stored handle inside the thread's own start routine fail with EDEADLK on ESP-IDF
 * and free nothing, so they are not joins. pthread_detach(pthread_self()) still is a detach.
 */
#include <pthread.h>
#include <stddef.h>

static pthread_t g_worker;
static pthread_t g_other;

static void *joins_itself_by_self(void *arg)
{
    pthread_join(pthread_self(), NULL);
    return arg;
}

static void *joins_its_stored_handle(void *arg)
{
    pthread_join(g_worker, NULL);
    return arg;
}

static void *plain(void *arg)
{
    return arg;
}

void start_self_joiners(void)
{
    pthread_t t;
    pthread_create(&t, NULL, joins_itself_by_self, NULL); /* expect: esp-unjoined-thread "is never joined or detached" */
    pthread_create(&g_worker, NULL, joins_its_stored_handle, NULL); /* expect: esp-unjoined-thread "into 'g_worker' is never joined or detached" */
}

/* The same stored-handle join in another thread's routine is a real join. */
static void *reaper(void *arg)
{
    pthread_join(g_other, NULL);
    return arg;
}

void start_reaped(void)
{
    pthread_t r;
    pthread_create(&g_other, NULL, plain, NULL); /* ok: esp-unjoined-thread */
    pthread_create(&r, NULL, reaper, NULL); /* expect: esp-unjoined-thread "into 'r' is never joined or detached" */
}
