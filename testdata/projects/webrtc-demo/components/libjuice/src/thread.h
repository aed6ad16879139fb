/*
 * Thin portability layer over pthreads (the upstream project also builds on Windows).
 */
#ifndef JUICE_THREAD_H
#define JUICE_THREAD_H

#include <pthread.h>

typedef pthread_t thread_t;
typedef pthread_mutex_t mutex_t;
typedef void *thread_return_t;

#define MUTEX_PLAIN 0
#define MUTEX_RECURSIVE 1

#define mutex_init(m, flags) pthread_mutex_init((m), NULL)
#define mutex_lock(m) pthread_mutex_lock(m)
#define mutex_unlock(m) pthread_mutex_unlock(m)
#define mutex_destroy(m) pthread_mutex_destroy(m)

#define thread_init(t, func, arg) pthread_create(t, NULL, func, arg)
#define thread_join(t, res) pthread_join(t, res)

#endif /* JUICE_THREAD_H */
