/*
 * esp-unjoined-thread: array elements count by array name, so threads created in a loop into
 * an array are fine when a loop joins the array's elements, in the same function or another.
 */
#include <pthread.h>
#include <stddef.h>

#define WORKERS 4

static pthread_t g_pool[WORKERS];
static pthread_t g_spares[WORKERS];

static void *work(void *arg)
{
    return arg;
}

void local_pool(void)
{
    pthread_t tids[WORKERS];
    int i;
    for (i = 0; i < WORKERS; i++) {
        pthread_create(&tids[i], NULL, work, NULL); /* ok: esp-unjoined-thread */
    }
    for (i = 0; i < WORKERS; i++) {
        pthread_join(tids[i], NULL);
    }
}

void pool_start(void)
{
    int i;
    for (i = 0; i < WORKERS; i++) {
        pthread_create(&g_spares[i], NULL, work, NULL); /* expect: esp-unjoined-thread "'g_spares[]'" */
    }
}

void pool_stop(void)
{
    int i;
    for (i = 0; i < WORKERS; i++) {
        pthread_join(g_pool[i], NULL);
    }
}

void pool_restart(void)
{
    int i;
    for (i = 0; i < WORKERS; i++) {
        pthread_create(&g_pool[i], NULL, work, NULL); /* ok: esp-unjoined-thread */
    }
}

/* Helpers that take the whole array: the callers' arrays are what they start and join. */
static void start_n(pthread_t *tids, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        pthread_create(&tids[i], NULL, work, NULL); /* ok: esp-unjoined-thread */
    }
}

static void join_n(pthread_t tids[], int n)
{
    int i;
    for (i = 0; i < n; i++) {
        pthread_join(tids[i], NULL);
    }
}

static pthread_t g_readers[WORKERS];
static pthread_t g_writers[WORKERS];

void readers_and_writers(void)
{
    start_n(g_readers, WORKERS); /* ok: esp-unjoined-thread */
    start_n(g_writers, WORKERS); /* expect: esp-unjoined-thread "wrapper 'start_n' into 'g_writers[]'" */
    join_n(g_readers, WORKERS);
}
