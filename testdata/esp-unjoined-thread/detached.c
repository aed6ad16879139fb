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
