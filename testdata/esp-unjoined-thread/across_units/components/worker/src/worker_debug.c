/* Not listed in SRCS: never compiled, so its thread is not reported. */
#include "worker.h"

#include <stddef.h>

static void *spin(void *arg)
{
    return arg;
}

void worker_debug(void)
{
    pthread_t t;
    pthread_create(&t, NULL, spin, NULL); /* ok: esp-unjoined-thread */
}
