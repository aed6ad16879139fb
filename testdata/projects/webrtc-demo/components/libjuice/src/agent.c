/*
 * ICE agent. malloc/calloc/free here are renamed to the PSRAM versions by the force-included
 * esp32_malloc_redirect.h (see CMakeLists.txt).
 */
#include "agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AGENT_POLL_TIMEOUT_MS 50
#define AGENT_RECV_BUFFER_SIZE 1500

static char *random_token(size_t len)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    char *token = malloc(len + 1);
    size_t i;

    if (token == NULL) {
        return NULL;
    }
    for (i = 0; i < len; i++) {
        token[i] = alphabet[(size_t)rand() % (sizeof(alphabet) - 1)];
    }
    token[len] = '\0';
    return token;
}

static void agent_change_state(juice_agent_t *agent, juice_state_t state)
{
    if (agent->state == state) {
        return;
    }
    agent->state = state;
    if (agent->config.cb_state_changed != NULL) {
        agent->config.cb_state_changed(agent, state, agent->config.user_ptr);
    }
}

static void *agent_thread_entry(void *arg)
{
    juice_agent_t *agent = (juice_agent_t *)arg;
    char *buffer = malloc(AGENT_RECV_BUFFER_SIZE);

    if (buffer == NULL) {
        return NULL;
    }
    while (!agent->thread_stopped) {
        int len = conn_recv(agent->conn, buffer, AGENT_RECV_BUFFER_SIZE, AGENT_POLL_TIMEOUT_MS);
        if (len > 0 && agent->config.cb_recv != NULL) {
            mutex_lock(&agent->mutex);
            if (agent->state == JUICE_STATE_CONNECTING) {
                agent_change_state(agent, JUICE_STATE_CONNECTED);
            }
            mutex_unlock(&agent->mutex);
            agent->config.cb_recv(agent, buffer, (size_t)len, agent->config.user_ptr);
        }
    }
    free(buffer);
    return NULL;
}

juice_agent_t *agent_create(const juice_config_t *config)
{
    juice_agent_t *agent = calloc(1, sizeof(juice_agent_t));

    if (agent == NULL) {
        return NULL;
    }
    agent->config = *config;
    agent->state = JUICE_STATE_DISCONNECTED;
    agent->local_ufrag = random_token(4);
    agent->local_pwd = random_token(22);
    mutex_init(&agent->mutex, MUTEX_RECURSIVE);

    agent->conn = conn_create(config->local_port_range_begin, config->local_port_range_end);
    if (agent->conn == NULL) {
        agent_destroy(agent);
        return NULL;
    }
    return agent;
}

int agent_gather_candidates(juice_agent_t *agent)
{
    char candidate[JUICE_MAX_CANDIDATE_SDP_STRING_LEN];

    mutex_lock(&agent->mutex);
    if (agent->thread_started) {
        mutex_unlock(&agent->mutex);
        return 0;
    }
    agent_change_state(agent, JUICE_STATE_GATHERING);

    agent->thread_stopped = false;
    if (thread_init(&agent->thread, agent_thread_entry, agent) != 0) { // expect: esp-internal-stack "3,072-byte stack (from the configuration)"
        mutex_unlock(&agent->mutex);
        return -1;
    }
    agent->thread_started = true;
    mutex_unlock(&agent->mutex);

    snprintf(candidate, sizeof(candidate), "a=candidate:1 1 UDP 2122317823 192.168.1.10 %u typ host",
             (unsigned)agent->conn->local_port);
    if (agent->config.cb_candidate != NULL) {
        agent->config.cb_candidate(agent, candidate, agent->config.user_ptr);
    }
    if (agent->config.cb_gathering_done != NULL) {
        agent->config.cb_gathering_done(agent, agent->config.user_ptr);
    }
    return 0;
}

void agent_destroy(juice_agent_t *self)
{
    if (self == NULL) {
        return;
    }
    if (self->thread_started) {
        self->thread_stopped = true;
        thread_join(self->thread, NULL);
        self->thread_started = false;
    }
    conn_destroy(self->conn);
    mutex_destroy(&self->mutex);
    free(self->local_ufrag);
    free(self->local_pwd);
    free(self);
}

int agent_get_local_description(juice_agent_t *agent, char *buffer, size_t size)
{
    int len = snprintf(buffer, size, "a=ice-ufrag:%s\r\na=ice-pwd:%s\r\n", agent->local_ufrag,
                       agent->local_pwd);
    return (len < 0 || (size_t)len >= size) ? -1 : len;
}

int agent_set_remote_description(juice_agent_t *agent, const char *sdp)
{
    int ret;

    mutex_lock(&agent->mutex);
    ret = conn_set_remote_sdp(agent->conn, sdp);
    if (ret == 0) {
        agent_change_state(agent, JUICE_STATE_CONNECTING);
    }
    mutex_unlock(&agent->mutex);
    return ret;
}

int agent_add_remote_candidate(juice_agent_t *agent, const char *sdp)
{
    return conn_add_remote_candidate(agent->conn, sdp);
}

int agent_send(juice_agent_t *agent, const char *data, size_t size)
{
    if (agent->state != JUICE_STATE_CONNECTED && agent->state != JUICE_STATE_COMPLETED) {
        return -1;
    }
    return conn_send(agent->conn, data, size);
}
