/*
 * SDK macros without the SDK: IRAM_ATTR, DRAM_ATTR, EXT_RAM_BSS_ATTR, RTC_DATA_ATTR, ESP_LOGI
 * with IPSTR/IP2STR, ESP_ERROR_CHECK, ESP_RETURN_ON_FALSE and va_arg. Without the compatibility
 * header the parser dropped the functions and declarations carrying them.
 */
#include <pthread.h>
#include <stdarg.h>
#include "esp_attr.h"
#include "esp_log.h"
#include "esp_err.h"
#include "esp_check.h"
#include "esp_netif.h"

static const char *TAG = "net";

DRAM_ATTR static int s_retries = 3;
EXT_RAM_BSS_ATTR static char s_frame[4096];
RTC_DATA_ATTR static int s_boot_count;
RTC_NOINIT_ATTR static int s_crash_marker;

static void *poll_link(void *arg)
{
    return arg;
}

void IRAM_ATTR on_link_up(const esp_ip4_addr_t *ip)
{
    pthread_t poller;
    ESP_LOGI(TAG, "got ip " IPSTR " after %d retries", IP2STR(ip), s_retries);
    pthread_create(&poller, NULL, poll_link, NULL); /* expect: esp-unjoined-thread "'poller'" */
}

int IRAM_ATTR sum_all(int count, ...)
{
    va_list args;
    va_start(args, count);
    int total = 0;
    for (int i = 0; i < count; i++) {
        total += va_arg(args, int);
    }
    va_end(args);
    return total + s_boot_count + s_crash_marker + s_frame[0];
}

esp_err_t start_link(int ready)
{
    pthread_t watcher;
    ESP_RETURN_ON_FALSE(ready, ESP_ERR_INVALID_STATE, TAG, "not ready");
    ESP_ERROR_CHECK(pthread_create(&watcher, NULL, poll_link, NULL)); /* expect: esp-unjoined-thread "'watcher'" */
    return ESP_OK;
}
