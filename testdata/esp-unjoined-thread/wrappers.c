/*
 * esp-unjoined-thread: functions that pass one of their own parameters on as the handle are
 * wrappers; their callers are the creation sites (wrappers of wrappers too), and the
 * pthread_create inside the wrapper is not reported by itself. Join wrappers end threads like
 * pthread_join does.
 */
#include <pthread.h>
#include <stddef.h>

typedef void *(*start_fn)(void *);

int os_thread_create(pthread_t *thread, start_fn start, void *arg)
{
    return pthread_create(thread, NULL, start, arg); /* ok: esp-unjoined-thread */
}

int app_spawn(pthread_t *out, start_fn start)
{
    return os_thread_create(out, start, NULL); /* ok: esp-unjoined-thread */
}

int os_thread_join(pthread_t thread)
{
    return pthread_join(thread, NULL);
}

static pthread_t g_rx;
static pthread_t g_tx;
static pthread_t g_ui;
static pthread_t g_net;

static void *task(void *arg)
{
    return arg;
}

void start_all(void)
{
    os_thread_create(&g_rx, task, NULL); /* ok: esp-unjoined-thread */
    app_spawn(&g_tx, task); /* ok: esp-unjoined-thread */
    os_thread_create(&g_ui, task, NULL); /* expect: esp-unjoined-thread "Thread created by wrapper 'os_thread_create' into 'g_ui'" */
    app_spawn(&g_net, task); /* expect: esp-unjoined-thread "wrapper 'app_spawn' into 'g_net'" */
}

void stop_all(void)
{
    os_thread_join(g_rx);
    pthread_join(g_tx, NULL);
}

/* Not a wrapper: the handle is its own local, so the call inside is the creation site. */
void start_private(void)
{
    pthread_t mine;
    os_thread_create(&mine, task, NULL); /* expect: esp-unjoined-thread "'mine'" */
}
