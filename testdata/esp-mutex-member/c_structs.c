/*
 * esp-mutex-member: the rule is about C++ standard-library primitives. C structs with
 * POSIX locks are not reported by it (and C has no std::mutex), so this C file has no
 * finding. A comment saying std::mutex does not change that.
 */
#include <pthread.h>

struct ring_buffer {
    unsigned char *data;
    unsigned int head;
    unsigned int tail;
    pthread_mutex_t lock; /* ok: esp-mutex-member */
    pthread_cond_t not_empty; /* ok: esp-mutex-member */
};

struct device {
    struct ring_buffer rx; /* ok: esp-mutex-member */
    struct ring_buffer *tx; /* ok: esp-mutex-member */
};

int ring_buffer_empty(struct ring_buffer *rb)
{
    int empty;
    pthread_mutex_lock(&rb->lock);
    empty = rb->head == rb->tail;
    pthread_mutex_unlock(&rb->lock);
    return empty;
}
