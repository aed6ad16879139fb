#ifndef JUICE_CONN_H
#define JUICE_CONN_H

#include "juice/juice.h"

#include <stdbool.h>
#include <stddef.h>

/* A bound UDP socket and what the agent remembers about its remote peers. */
typedef struct conn {
    int sock;
    uint16_t local_port;
    char *remote_sdp;
    char **remote_candidates;
    size_t remote_candidates_count;
    size_t remote_candidates_capacity;
} conn_t;

conn_t *conn_create(uint16_t port_begin, uint16_t port_end);
void conn_destroy(conn_t *conn);
int conn_set_remote_sdp(conn_t *conn, const char *sdp);
int conn_add_remote_candidate(conn_t *conn, const char *sdp);
int conn_send(conn_t *conn, const char *data, size_t size);
int conn_recv(conn_t *conn, char *buffer, size_t size, int timeout_ms);

#endif /* JUICE_CONN_H */
