#ifndef SCTP_PCB_H
#define SCTP_PCB_H

#include "netinet/sctp_os_userspace.h"
#include "usrsctp.h"

/* One endpoint: a socket's protocol control block. */
struct sctp_inpcb {
    struct socket *sctp_socket;
    void *ulp_info;
    usrsctp_receive_cb_t recv_callback;
    usrsctp_send_cb_t send_callback;
    uint32_t send_sb_threshold;
    uint16_t lport;
    uint16_t rport;
    void *conn_addr;
    struct sctp_inpcb *next;
};

struct sctp_epinfo {
    struct sctp_inpcb *listhead;
    unsigned int ipi_count_ep;
    userland_mutex_t ipi_ep_mtx;
};

struct sctp_sysctl {
    uint32_t sctp_ecn_enable;
    uint32_t sctp_sendspace;
    uint32_t sctp_recvspace;
};

struct sctp_base_info {
    struct sctp_epinfo sctppcbinfo;
    struct sctp_sysctl sctpsysctl;
    usrsctp_conn_output_t conn_output;
    void (*debug_printf)(const char *format, ...);
    int sctp_pcb_initialized;

    /* Receive thread for the raw-socket path; created in user_recv_thread.c. */
    userland_thread_t recvthread;
    volatile int recv_thread_should_exit;
};

extern struct sctp_base_info system_base_info;

void sctp_pcb_init(void);
void sctp_pcb_finish(void);
struct sctp_inpcb *sctp_inpcb_alloc(void *ulp_info);
void sctp_inpcb_free(struct sctp_inpcb *inp);
char *sctp_copy_name(const char *name);

#endif /* SCTP_PCB_H */
