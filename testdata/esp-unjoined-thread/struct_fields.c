/*
 * esp-unjoined-thread: a handle in a struct field is the same handle wherever that field of
 * that struct type is reached: through another pointer variable, in another function, through
 * '.' or '->'. The same field name in a different struct type is a different handle.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct agent {
    pthread_t thread;
    bool started;
} agent_t;

struct session {
    pthread_t thread;
    int id;
};

struct server {
    struct session sessions[4];
    pthread_t accept_thread;
};

static void *agent_loop(void *arg)
{
    return arg;
}

agent_t *agent_start(void)
{
    agent_t *agent = calloc(1, sizeof(agent_t));
    if (agent == NULL) {
        return NULL;
    }
    pthread_create(&agent->thread, NULL, agent_loop, agent); /* ok: esp-unjoined-thread */
    agent->started = true;
    return agent;
}

void agent_stop(agent_t *self)
{
    if (self->started) {
        pthread_join(self->thread, NULL);
    }
    free(self);
}

/* struct session has a field called 'thread' too, but nothing joins session threads. */
void session_open(struct session *s)
{
    pthread_create(&s->thread, NULL, agent_loop, s); /* expect: esp-unjoined-thread "'session::thread'" */
}

void server_start(struct server *srv)
{
    struct server local = *srv;
    pthread_create(&local.accept_thread, NULL, agent_loop, NULL); /* ok: esp-unjoined-thread */
    pthread_create(&srv->sessions[0].thread, NULL, agent_loop, NULL); /* expect: esp-unjoined-thread "'session::thread'" */
}

void server_stop(struct server *other)
{
    pthread_join(other->accept_thread, NULL);
}
