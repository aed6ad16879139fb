#include "core/timer.h"

static struct core_timer g_timer;

void app_start(void)
{
    core_timer_start(&g_timer);
    core_timer_monitor(&g_timer);
}
