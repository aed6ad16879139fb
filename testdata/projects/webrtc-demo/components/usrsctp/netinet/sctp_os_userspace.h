/*
 * Operating-system glue for the userland build: memory, locks and threads.
 */
#ifndef SCTP_OS_USERSPACE_H
#define SCTP_OS_USERSPACE_H

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef pthread_mutex_t userland_mutex_t;
typedef pthread_t userland_thread_t;

/* Memory: plain malloc/free underneath (which the forced redirect header renames). */
#define SCTP_MALLOC(var, type, size, name) \
    do {                                   \
        (var) = (type)malloc(size);        \
    } while (0)
#define SCTP_FREE(var, type) free(var)
#define SCTP_ZONE_GET(var, type)                    \
    do {                                            \
        (var) = (type *)calloc(1, sizeof(type));    \
    } while (0)
#define SCTP_ZONE_FREE(var) free(var)

/* Global state lives in one struct; these reach into it. */
#define SCTP_BASE_VAR(m) system_base_info.m
#define SCTP_BASE_INFO(m) system_base_info.sctppcbinfo.m
#define SCTP_BASE_SYSCTL(m) system_base_info.sctpsysctl.m

#define SCTP_INP_INFO_LOCK_INIT() pthread_mutex_init(&SCTP_BASE_INFO(ipi_ep_mtx), NULL)
#define SCTP_INP_INFO_LOCK_DESTROY() pthread_mutex_destroy(&SCTP_BASE_INFO(ipi_ep_mtx))
#define SCTP_INP_INFO_WLOCK() pthread_mutex_lock(&SCTP_BASE_INFO(ipi_ep_mtx))
#define SCTP_INP_INFO_WUNLOCK() pthread_mutex_unlock(&SCTP_BASE_INFO(ipi_ep_mtx))

int sctp_userspace_thread_create(pthread_t *thread, void *(*start)(void *));

#endif /* SCTP_OS_USERSPACE_H */
