/*
 * esp-unjoined-thread: a pthread is fine when its handle is joined anywhere in the component,
 * not only in the function that created it: a stop function, a cleanup path on error. One
 * handle that nothing joins is reported, with the 340-byte cost.
 */
#include <pthread.h>
#include <stddef.h>

static pthread_t g_poller;
static pthread_t g_logger;
static pthread_t g_watchdog;
static pthread_t g_reaper;
static volatile int g_running;

static void *poll_loop(void *arg)
{
    while (g_running) {
    }
    return arg;
}

int service_start(void)
{
    g_running = 1;
    if (pthread_create(&g_poller, NULL, poll_loop, NULL) != 0) { /* ok: esp-unjoined-thread */
        return -1;
    }
    if (pthread_create(&g_logger, NULL, poll_loop, NULL) != 0) { /* ok: esp-unjoined-thread */
        g_running = 0;
        pthread_join(g_poller, NULL);
        return -1;
    }
    pthread_create(&g_reaper, NULL, poll_loop, NULL); /* ok: esp-unjoined-thread */
    /* expect: esp-unjoined-thread "Thread created by pthread_create into 'g_watchdog' is never joined or detached" "340-byte task control block" "PSRAM" */
    pthread_create(&g_watchdog, NULL, poll_loop, NULL);
    return 0;
}

void service_stop(void)
{
    pthread_t *reaper = &g_reaper;
    g_running = 0;
    pthread_join(*reaper, NULL); /* joined through a pointer to the handle */
    pthread_join(g_poller, NULL);
    pthread_join((g_logger), NULL);
}

/* A local handle joined before the function returns. */
int run_once(void)
{
    pthread_t once;
    void *result;
    if (pthread_create(&once, NULL, poll_loop, NULL) != 0) { /* ok: esp-unjoined-thread */
        return -1;
    }
    return pthread_join(once, &result);
}

/* A local handle that is dropped: the thread keeps its task control block when it ends. */
void fire_and_forget(void)
{
    pthread_t forgotten;
    pthread_create(&forgotten, NULL, poll_loop, NULL); /* expect: esp-unjoined-thread "'forgotten'" */
}
