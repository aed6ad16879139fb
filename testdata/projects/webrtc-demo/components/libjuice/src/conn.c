/*
 * UDP socket of an agent. The remote candidate list grows with realloc; the strings are
 * duplicated with strdup. All of it goes to PSRAM through the forced redirect header.
 */
#include "conn.h"

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <unistd.h>

conn_t *conn_create(uint16_t port_begin, uint16_t port_end)
{
    conn_t *conn = calloc(1, sizeof(conn_t));
    struct sockaddr_in addr;
    uint16_t port;

    if (conn == NULL) {
        return NULL;
    }
    conn->sock = socket(AF_INET, SOCK_DGRAM, 0);
    if (conn->sock < 0) {
        free(conn);
        return NULL;
    }
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    for (port = port_begin; port <= port_end && port != 0; port++) {
        addr.sin_port = htons(port);
        if (bind(conn->sock, (struct sockaddr *)&addr, sizeof(addr)) == 0) {
            conn->local_port = port;
            return conn;
        }
    }
    close(conn->sock);
    free(conn);
    return NULL;
}

void conn_destroy(conn_t *conn)
{
    size_t i;

    if (conn == NULL) {
        return;
    }
    for (i = 0; i < conn->remote_candidates_count; i++) {
        free(conn->remote_candidates[i]);
    }
    free(conn->remote_candidates);
    free(conn->remote_sdp);
    close(conn->sock);
    free(conn);
}

int conn_set_remote_sdp(conn_t *conn, const char *sdp)
{
    char *copy = strdup(sdp);

    if (copy == NULL) {
        return -1;
    }
    free(conn->remote_sdp);
    conn->remote_sdp = copy;
    return 0;
}

int conn_add_remote_candidate(conn_t *conn, const char *sdp)
{
    if (conn->remote_candidates_count == conn->remote_candidates_capacity) {
        size_t capacity = conn->remote_candidates_capacity ? conn->remote_candidates_capacity * 2 : 4;
        char **grown = realloc(conn->remote_candidates, capacity * sizeof(char *));
        if (grown == NULL) {
            return -1;
        }
        conn->remote_candidates = grown;
        conn->remote_candidates_capacity = capacity;
    }
    conn->remote_candidates[conn->remote_candidates_count] = strdup(sdp);
    if (conn->remote_candidates[conn->remote_candidates_count] == NULL) {
        return -1;
    }
    conn->remote_candidates_count++;
    return 0;
}

int conn_send(conn_t *conn, const char *data, size_t size)
{
    return (int)send(conn->sock, data, size, 0);
}

int conn_recv(conn_t *conn, char *buffer, size_t size, int timeout_ms)
{
    fd_set readable;
    struct timeval timeout;

    FD_ZERO(&readable);
    FD_SET(conn->sock, &readable);
    timeout.tv_sec = timeout_ms / 1000;
    timeout.tv_usec = (timeout_ms % 1000) * 1000;
    if (select(conn->sock + 1, &readable, NULL, NULL, &timeout) <= 0) {
        return 0;
    }
    return (int)recv(conn->sock, buffer, size, 0);
}
