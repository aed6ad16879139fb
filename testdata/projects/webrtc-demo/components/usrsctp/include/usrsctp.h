/*
 * usrsctp public API (the subset libdatachannel uses): SCTP over a caller-provided lower
 * layer ("AF_CONN"), here DTLS.
 */
#ifndef USRSCTP_H
#define USRSCTP_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AF_CONN 123
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP 132
#endif

#define SCTP_SENDV_NOINFO 0
#define SCTP_SENDV_SNDINFO 1

struct socket;

struct sockaddr_conn {
    uint8_t sconn_len;
    uint8_t sconn_family;
    uint16_t sconn_port;
    void *sconn_addr;
};

union sctp_sockstore {
    struct sockaddr_in sin;
    struct sockaddr_conn sconn;
    struct sockaddr sa;
};

struct sctp_rcvinfo {
    uint16_t rcv_sid;
    uint16_t rcv_ssn;
    uint16_t rcv_flags;
    uint32_t rcv_ppid;
    uint32_t rcv_tsn;
};

struct sctp_sndinfo {
    uint16_t snd_sid;
    uint16_t snd_flags;
    uint32_t snd_ppid;
    uint32_t snd_context;
};

typedef int (*usrsctp_conn_output_t)(void *addr, void *buffer, size_t length, uint8_t tos,
                                     uint8_t set_df);
typedef int (*usrsctp_receive_cb_t)(struct socket *sock, union sctp_sockstore addr, void *data,
                                    size_t datalen, struct sctp_rcvinfo info, int flags,
                                    void *ulp_info);
typedef int (*usrsctp_send_cb_t)(struct socket *sock, uint32_t sb_free, void *ulp_info);

void usrsctp_init(uint16_t port, usrsctp_conn_output_t conn_output,
                  void (*debug_printf)(const char *format, ...));
int usrsctp_finish(void);

struct socket *usrsctp_socket(int domain, int type, int protocol, usrsctp_receive_cb_t receive_cb,
                              usrsctp_send_cb_t send_cb, uint32_t sb_threshold, void *ulp_info);
int usrsctp_connect(struct socket *so, struct sockaddr *name, socklen_t namelen);
void usrsctp_close(struct socket *so);
ssize_t usrsctp_sendv(struct socket *so, const void *data, size_t len, struct sockaddr *to,
                      int addrcnt, void *info, socklen_t infolen, unsigned int infotype, int flags);

void usrsctp_register_address(void *addr);
void usrsctp_deregister_address(void *addr);
void usrsctp_conninput(void *addr, const void *buffer, size_t length, uint8_t ecn_bits);

int usrsctp_sysctl_set_sctp_ecn_enable(uint32_t value);

#ifdef __cplusplus
}
#endif

#endif /* USRSCTP_H */
