/*
 * libjuice public API: a minimal ICE agent (RFC 8445) over UDP.
 */
#ifndef JUICE_H
#define JUICE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef JUICE_STATIC
#define JUICE_EXPORT
#else
#define JUICE_EXPORT __attribute__((visibility("default")))
#endif

#define JUICE_MAX_SDP_STRING_LEN 4096
#define JUICE_MAX_CANDIDATE_SDP_STRING_LEN 256

typedef struct juice_agent juice_agent_t;

typedef enum juice_state {
    JUICE_STATE_DISCONNECTED,
    JUICE_STATE_GATHERING,
    JUICE_STATE_CONNECTING,
    JUICE_STATE_CONNECTED,
    JUICE_STATE_COMPLETED,
    JUICE_STATE_FAILED
} juice_state_t;

typedef enum juice_log_level {
    JUICE_LOG_LEVEL_VERBOSE,
    JUICE_LOG_LEVEL_DEBUG,
    JUICE_LOG_LEVEL_INFO,
    JUICE_LOG_LEVEL_WARN,
    JUICE_LOG_LEVEL_ERROR,
    JUICE_LOG_LEVEL_NONE
} juice_log_level_t;

typedef void (*juice_cb_state_changed_t)(juice_agent_t *agent, juice_state_t state, void *user_ptr);
typedef void (*juice_cb_candidate_t)(juice_agent_t *agent, const char *sdp, void *user_ptr);
typedef void (*juice_cb_gathering_done_t)(juice_agent_t *agent, void *user_ptr);
typedef void (*juice_cb_recv_t)(juice_agent_t *agent, const char *data, size_t size, void *user_ptr);

typedef struct juice_config {
    const char *stun_server_host;
    uint16_t stun_server_port;
    uint16_t local_port_range_begin;
    uint16_t local_port_range_end;
    juice_cb_state_changed_t cb_state_changed;
    juice_cb_candidate_t cb_candidate;
    juice_cb_gathering_done_t cb_gathering_done;
    juice_cb_recv_t cb_recv;
    void *user_ptr;
} juice_config_t;

JUICE_EXPORT juice_agent_t *juice_create(const juice_config_t *config);
JUICE_EXPORT void juice_destroy(juice_agent_t *agent);

JUICE_EXPORT int juice_gather_candidates(juice_agent_t *agent);
JUICE_EXPORT int juice_get_local_description(juice_agent_t *agent, char *buffer, size_t size);
JUICE_EXPORT int juice_set_remote_description(juice_agent_t *agent, const char *sdp);
JUICE_EXPORT int juice_add_remote_candidate(juice_agent_t *agent, const char *sdp);
JUICE_EXPORT int juice_send(juice_agent_t *agent, const char *data, size_t size);

JUICE_EXPORT void juice_set_log_level(juice_log_level_t level);

#ifdef __cplusplus
}
#endif

#endif /* JUICE_H */
