/*
 * ICE consent-freshness keepalives (RFC 7675) from a thread of their own. Compiled, and the
 * thread started, only with CONFIG_JUICE_KEEPALIVE_THREAD: the project has no sdkconfig, so the
 * value is this component's Kconfig.projbuild default (y).
 */
#include <unistd.h>

#include "sdkconfig.h"
#include "thread.h"

static void *keepalive_loop(void *arg)
{
    for (;;) {
        usleep(CONFIG_JUICE_KEEPALIVE_INTERVAL_MS * 1000);
    }
    return arg;
}

int juice_start_keepalive(void *agent)
{
#if CONFIG_JUICE_KEEPALIVE_THREAD
    thread_t keepalive;
    /* expect: esp-internal-stack "3,072-byte stack (from the configuration)" */
    /* expect: esp-unjoined-thread "'keepalive'" */
    return thread_init(&keepalive, keepalive_loop, agent);
#else
    (void)agent;
    return 0;
#endif
}
