/*
 * Values from three layers: sdkconfig (first found: sdkconfig.defaults is not read), the
 * component's Kconfig.projbuild defaults, and the built-in ESP-IDF table.
 */
#include <pthread.h>
#include "sdkconfig.h"

static void *work(void *arg)
{
    return arg;
}

void start(void)
{
    pthread_t a, b, c, d, e, f, g;
#if CONFIG_APP_WORKERS
    pthread_create(&a, NULL, work, NULL); /* sdkconfig says not set: never compiled */
#endif
#if CONFIG_APP_FROM_DEFAULTS_ONLY
    pthread_create(&b, NULL, work, NULL); /* only in sdkconfig.defaults, which is not read */
#endif
#if CONFIG_APP_LOGGER
    pthread_create(&c, NULL, work, NULL); /* expect: esp-unjoined-thread "'c'" */
#endif
#if CONFIG_APP_QUEUE_DEPTH == 8 && defined(CONFIG_APP_NAME)
    pthread_create(&d, NULL, work, NULL); /* expect: esp-unjoined-thread "'d'" */
#endif
#if CONFIG_IDF_TARGET_ESP32S3 && CONFIG_IDF_TARGET_ARCH_XTENSA
    pthread_create(&e, NULL, work, NULL); /* expect: esp-unjoined-thread "'e'" */
#endif
#if CONFIG_SPIRAM_USE_MALLOC && CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL == 16384
    pthread_create(&f, NULL, work, NULL); /* expect: esp-unjoined-thread "'f'" */
#endif
#if CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC && CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN == 16384 && !defined(CONFIG_MBEDTLS_DYNAMIC_BUFFER)
    pthread_create(&g, NULL, work, NULL); /* expect: esp-unjoined-thread "'g'" */
#endif
}
