#ifndef JUICE_AGENT_H
#define JUICE_AGENT_H

#include "conn.h"
#include "juice/juice.h"
#include "thread.h"

#include <stdbool.h>

struct juice_agent {
    juice_config_t config;
    juice_state_t state;
    conn_t *conn;
    char *local_ufrag;
    char *local_pwd;

    /* The agent thread polls the socket and runs the connectivity checks. */
    thread_t thread;
    bool thread_started;
    volatile bool thread_stopped;
    mutex_t mutex;
};

juice_agent_t *agent_create(const juice_config_t *config);
void agent_destroy(juice_agent_t *agent);
int agent_gather_candidates(juice_agent_t *agent);
int agent_get_local_description(juice_agent_t *agent, char *buffer, size_t size);
int agent_set_remote_description(juice_agent_t *agent, const char *sdp);
int agent_add_remote_candidate(juice_agent_t *agent, const char *sdp);
int agent_send(juice_agent_t *agent, const char *data, size_t size);

#endif /* JUICE_AGENT_H */
