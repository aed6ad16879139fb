/*
 * The receive thread: drains packets queued by usrsctp_conninput() and runs the timers.
 */
#include "netinet/sctp_pcb.h"

#include <unistd.h>

void recv_thread_init(void);
void recv_thread_destroy(void);

static void *user_sctp_recv_loop(void *arg)
{
    (void)arg;
    while (!SCTP_BASE_VAR(recv_thread_should_exit)) {
        usleep(10 * 1000);
    }
    return NULL;
}

void recv_thread_init(void)
{
    SCTP_BASE_VAR(recv_thread_should_exit) = 0;
    if (sctp_userspace_thread_create(&SCTP_BASE_VAR(recvthread), user_sctp_recv_loop) != 0) { // expect: esp-internal-stack "(wrapper 'sctp_userspace_thread_create') takes a 3,072-byte stack"
        if (SCTP_BASE_VAR(debug_printf) != NULL) {
            SCTP_BASE_VAR(debug_printf)("usrsctp: could not start the receive thread\n");
        }
    }
}

void recv_thread_destroy(void)
{
    SCTP_BASE_VAR(recv_thread_should_exit) = 1;
    pthread_join(SCTP_BASE_VAR(recvthread), NULL);
}
