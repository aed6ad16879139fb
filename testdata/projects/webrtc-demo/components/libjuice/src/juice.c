/*
 * Public entry points: argument checks, then the agent does the work.
 */
#include "agent.h"
#include "juice/juice.h"

#include <stdio.h>

static juice_log_level_t log_level = JUICE_LOG_LEVEL_WARN;

JUICE_EXPORT juice_agent_t *juice_create(const juice_config_t *config)
{
    if (config == NULL) {
        return NULL;
    }
    return agent_create(config);
}

JUICE_EXPORT void juice_destroy(juice_agent_t *agent)
{
    agent_destroy(agent);
}

JUICE_EXPORT int juice_gather_candidates(juice_agent_t *agent)
{
    return agent ? agent_gather_candidates(agent) : -1;
}

JUICE_EXPORT int juice_get_local_description(juice_agent_t *agent, char *buffer, size_t size)
{
    return (agent && buffer) ? agent_get_local_description(agent, buffer, size) : -1;
}

JUICE_EXPORT int juice_set_remote_description(juice_agent_t *agent, const char *sdp)
{
    return (agent && sdp) ? agent_set_remote_description(agent, sdp) : -1;
}

JUICE_EXPORT int juice_add_remote_candidate(juice_agent_t *agent, const char *sdp)
{
    return (agent && sdp) ? agent_add_remote_candidate(agent, sdp) : -1;
}

JUICE_EXPORT int juice_send(juice_agent_t *agent, const char *data, size_t size)
{
    return (agent && data) ? agent_send(agent, data, size) : -1;
}

JUICE_EXPORT void juice_set_log_level(juice_log_level_t level)
{
    log_level = level;
    if (level <= JUICE_LOG_LEVEL_DEBUG) {
        fprintf(stderr, "juice: debug logging enabled\n");
    }
}
