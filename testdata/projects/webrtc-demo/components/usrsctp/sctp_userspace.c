/*
 * Thread creation for the userland stack, in one place so that ports can change the
 * attributes (stack size, priority) of every thread the stack starts.
 */
#include "netinet/sctp_os_userspace.h"

int sctp_userspace_thread_create(pthread_t *thread, void *(*start)(void *))
{
    return pthread_create(thread, NULL, start, NULL);
}
