#include "worker.h"

#include <stddef.h>

void worker_stop(worker_t *other)
{
    other->stop = 1;
    pthread_join(other->rx_thread, NULL);
    pthread_detach(g_housekeeping);
}
