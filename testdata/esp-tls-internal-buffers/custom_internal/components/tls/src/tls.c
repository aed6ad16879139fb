#include <esp_heap_caps.h>
#include <mbedtls/platform.h>
#include <mbedtls/ssl.h>

static void *dma_calloc(size_t n, size_t size)
{
    return heap_caps_calloc(n, size, MALLOC_CAP_INTERNAL | MALLOC_CAP_DMA);
}

void tls_init(void)
{
    mbedtls_platform_set_calloc_free(dma_calloc, heap_caps_free);
}

int tls_open(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    return mbedtls_ssl_setup(ssl, conf); // expect: esp-tls-internal-buffers "21,146 bytes" "from the configuration" "mbedtls_platform_set_calloc_free hands mbedTLS 'dma_calloc', which allocates from internal RAM"
}
