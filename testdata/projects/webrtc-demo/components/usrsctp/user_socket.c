/*
 * Socket API of the userland stack.
 */
#include "netinet/sctp_pcb.h"
#include "usrsctp.h"

void recv_thread_init(void);
void recv_thread_destroy(void);

struct socket {
    struct sctp_inpcb *inp;
    int so_type;
    int so_state;
    char *so_name;
};

/* Addresses registered with usrsctp_register_address(): the opaque pointers of AF_CONN. */
static void **registered_addrs;
static size_t registered_count;

void usrsctp_init(uint16_t port, usrsctp_conn_output_t conn_output,
                  void (*debug_printf)(const char *format, ...))
{
    (void)port;
    SCTP_BASE_VAR(conn_output) = conn_output;
    SCTP_BASE_VAR(debug_printf) = debug_printf;
    SCTP_BASE_SYSCTL(sctp_ecn_enable) = 1;
    sctp_pcb_init();
    recv_thread_init();
}

int usrsctp_finish(void)
{
    if (SCTP_BASE_INFO(ipi_count_ep) > 0) {
        return -1; /* sockets still open: the caller retries later */
    }
    recv_thread_destroy();
    sctp_pcb_finish();
    free(registered_addrs);
    registered_addrs = NULL;
    registered_count = 0;
    return 0;
}

struct socket *usrsctp_socket(int domain, int type, int protocol, usrsctp_receive_cb_t receive_cb,
                              usrsctp_send_cb_t send_cb, uint32_t sb_threshold, void *ulp_info)
{
    struct socket *so;

    if (domain != AF_CONN || protocol != IPPROTO_SCTP) {
        return NULL;
    }
    SCTP_MALLOC(so, struct socket *, sizeof(struct socket), SCTP_M_SOCKET);
    if (so == NULL) {
        return NULL;
    }
    memset(so, 0, sizeof(*so));
    so->so_type = type;
    so->so_name = sctp_copy_name("sctp-conn");
    so->inp = sctp_inpcb_alloc(ulp_info);
    if (so->inp == NULL) {
        SCTP_FREE(so->so_name, SCTP_M_SONAME);
        SCTP_FREE(so, SCTP_M_SOCKET);
        return NULL;
    }
    so->inp->sctp_socket = so;
    so->inp->recv_callback = receive_cb;
    so->inp->send_callback = send_cb;
    so->inp->send_sb_threshold = sb_threshold;
    return so;
}

int usrsctp_connect(struct socket *so, struct sockaddr *name, socklen_t namelen)
{
    const struct sockaddr_conn *sconn = (const struct sockaddr_conn *)name;

    if (so == NULL || namelen < (socklen_t)sizeof(struct sockaddr_conn)) {
        return -1;
    }
    so->inp->rport = sconn->sconn_port;
    so->inp->conn_addr = sconn->sconn_addr;
    so->so_state = 1;
    return 0;
}

void usrsctp_close(struct socket *so)
{
    if (so == NULL) {
        return;
    }
    sctp_inpcb_free(so->inp);
    SCTP_FREE(so->so_name, SCTP_M_SONAME);
    SCTP_FREE(so, SCTP_M_SOCKET);
}

ssize_t usrsctp_sendv(struct socket *so, const void *data, size_t len, struct sockaddr *to,
                      int addrcnt, void *info, socklen_t infolen, unsigned int infotype, int flags)
{
    uint8_t *packet;
    int ret;

    (void)to;
    (void)addrcnt;
    (void)info;
    (void)infolen;
    (void)infotype;
    (void)flags;
    if (so == NULL || so->so_state == 0 || SCTP_BASE_VAR(conn_output) == NULL) {
        return -1;
    }
    /* A real stack builds DATA chunks; here the payload goes out behind a 12-byte header. */
    packet = malloc(len + 12);
    if (packet == NULL) {
        return -1;
    }
    memset(packet, 0, 12);
    memcpy(packet + 12, data, len);
    ret = SCTP_BASE_VAR(conn_output)(so->inp->conn_addr, packet, len + 12, 0, 0);
    free(packet);
    return ret == 0 ? (ssize_t)len : -1;
}

void usrsctp_register_address(void *addr)
{
    void **grown = realloc(registered_addrs, (registered_count + 1) * sizeof(void *));

    if (grown != NULL) {
        registered_addrs = grown;
        registered_addrs[registered_count++] = addr;
    }
}

void usrsctp_deregister_address(void *addr)
{
    size_t i;

    for (i = 0; i < registered_count; i++) {
        if (registered_addrs[i] == addr) {
            registered_addrs[i] = registered_addrs[--registered_count];
            return;
        }
    }
}

void usrsctp_conninput(void *addr, const void *buffer, size_t length, uint8_t ecn_bits)
{
    struct sctp_inpcb *inp;
    struct sctp_rcvinfo rcv;
    union sctp_sockstore store;
    void *copy;

    (void)ecn_bits;
    if (length <= 12) {
        return;
    }
    memset(&rcv, 0, sizeof(rcv));
    memset(&store, 0, sizeof(store));
    SCTP_INP_INFO_WLOCK();
    for (inp = SCTP_BASE_INFO(listhead); inp != NULL; inp = inp->next) {
        if (inp->conn_addr == addr && inp->recv_callback != NULL) {
            /* The receiver owns the copy and frees it. */
            copy = malloc(length - 12);
            if (copy != NULL) {
                memcpy(copy, (const uint8_t *)buffer + 12, length - 12);
                inp->recv_callback(inp->sctp_socket, store, copy, length - 12, rcv, 0,
                                   inp->ulp_info);
            }
            break;
        }
    }
    SCTP_INP_INFO_WUNLOCK();
}

int usrsctp_sysctl_set_sctp_ecn_enable(uint32_t value)
{
    SCTP_BASE_SYSCTL(sctp_ecn_enable) = value;
    return 0;
}
