#include <esp_heap_caps.h>
#include <mbedtls/platform.h>
#include <mbedtls/ssl.h>

static void *psram_calloc(size_t n, size_t size)
{
    return heap_caps_calloc(n, size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);
}

void tls_init(void)
{
    mbedtls_platform_set_calloc_free(psram_calloc, heap_caps_free);
}

int tls_open(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    return mbedtls_ssl_setup(ssl, conf); // ok: esp-tls-internal-buffers
}
