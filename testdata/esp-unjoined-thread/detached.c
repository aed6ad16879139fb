/*
 * esp-unjoined-thread: detaching frees the task control block when the thread ends, whether
 * the creator detaches right away, the thread detaches itself with
 * pthread_detach(pthread_self()), or the thread is created with a detached attribute.
 */
#include <pthread.h>
#include <stddef.h>

static void *self_detaching(void *arg)
{
    pthread_detach(pthread_self());
    return arg;
}

static void *plain_worker(void *arg)
{
    return arg;
}

void detached_right_away(void)
{
    pthread_t t;
    pthread_create(&t, NULL, plain_worker, NULL); /* ok: esp-unjoined-thread */
    pthread_detach(t);
}

void detaches_itself(void)
{
    pthread_t t;
    pthread_create(&t, NULL, self_detaching, NULL); /* ok: esp-unjoined-thread */
    pthread_create(&t, NULL, &self_detaching, NULL); /* ok: esp-unjoined-thread */
}

void detached_attribute(void)
{
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &attr, plain_worker, NULL); /* ok: esp-unjoined-thread */
    pthread_attr_destroy(&attr);
}

/* An attribute that says joinable changes nothing: this thread still needs a join. */
void joinable_attribute(void)
{
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    pthread_create(&t, &attr, plain_worker, NULL); /* expect: esp-unjoined-thread "'t'" */
    pthread_attr_destroy(&attr);
}

/* Detaching another handle does not help this one. */
void detaches_the_wrong_one(void)
{
    pthread_t first;
    pthread_t second;
    pthread_create(&first, NULL, plain_worker, NULL); /* ok: esp-unjoined-thread */
    pthread_create(&second, NULL, plain_worker, NULL); /* expect: esp-unjoined-thread "'second'" */
    pthread_detach(first);
}

/* A wrapper that always creates detached threads: its callers need no join. */
int spawn_detached(pthread_t *thread, void *(*start)(void *))
{
    pthread_attr_t attr;
    int rc;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(thread, &attr, start, NULL); /* ok: esp-unjoined-thread */
    pthread_attr_destroy(&attr);
    return rc;
}

/* A wrapper that passes the caller's start routine on. */
int spawn(pthread_t *thread, void *(*start)(void *))
{
    return pthread_create(thread, NULL, start, NULL); /* ok: esp-unjoined-thread */
}

void through_wrappers(void)
{
    pthread_t a;
    pthread_t b;
    pthread_t c;
    spawn_detached(&a, plain_worker); /* ok: esp-unjoined-thread */
    spawn(&b, self_detaching); /* ok: esp-unjoined-thread */
    spawn(&c, plain_worker); /* expect: esp-unjoined-thread "wrapper 'spawn' into 'c'" */
}
