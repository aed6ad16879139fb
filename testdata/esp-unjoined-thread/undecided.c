/*
 * esp-unjoined-thread: when the handle goes where the rule cannot follow it, the rule does not
 * guess. Such sites are listed at note level ("Could not decide ...") for a manual audit.
 */
#include <pthread.h>
#include <stddef.h>

void registry_add(pthread_t *thread);
pthread_t *next_slot(void);

static void *task(void *arg)
{
    return arg;
}

/* The handle is returned: the caller owns the thread now. */
pthread_t start_detachable(void)
{
    pthread_t t;
    pthread_create(&t, NULL, task, NULL); /* expect: esp-unjoined-thread "Could not decide" "returned to the caller" */
    return t;
}

/* The handle's address goes to a function the rule cannot see into. */
void start_registered(void)
{
    pthread_t t;
    pthread_create(&t, NULL, task, NULL); /* expect: esp-unjoined-thread "Could not decide" "registry_add" */
    registry_add(&t);
}

/* The handle lands in a slot returned by a function: not a variable, member or field. */
void start_in_slot(void)
{
    pthread_create(next_slot(), NULL, task, NULL); /* expect: esp-unjoined-thread "Could not decide" "not a variable" */
}

/* A field of a struct the parser never sees (lookup_ctx is not declared anywhere). */
void start_in_unknown_struct(void)
{
    pthread_create(&lookup_ctx()->tid, NULL, task, NULL); /* expect: esp-unjoined-thread "Could not decide" "unknown" */
}

/* Joining a handle that escaped still settles it. */
void start_registered_and_joined(void)
{
    pthread_t t;
    pthread_create(&t, NULL, task, NULL); /* ok: esp-unjoined-thread */
    registry_add(&t);
    pthread_join(t, NULL);
}

/* A wrapper for the application: nothing in this component calls it, so its callers are unseen. */
int lib_thread_start(pthread_t *thread, void *arg)
{
    return pthread_create(thread, NULL, task, arg); /* expect: esp-unjoined-thread "Could not decide" "parameter 'thread' of 'lib_thread_start'" */
}
