/*
 * esp-tls-internal-buffers: a lone file has no sdkconfig, so ESP-IDF's defaults apply:
 * internal allocation mode, 16,384-byte input and 4,096-byte output content, each buffer plus
 * 333 bytes of record overhead.
 */
#include <mbedtls/ssl.h>

int dtls_start(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    mbedtls_ssl_init(ssl); // ok: esp-tls-internal-buffers
    return mbedtls_ssl_setup(ssl, conf); // expect: esp-tls-internal-buffers "allocates 21,146 bytes of record buffers in internal RAM (16,717 in, 4,429 out, with ESP-IDF's default configuration)" "ESP-IDF's default configuration (CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC"
}

#if 0
int old_start(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    return mbedtls_ssl_setup(ssl, conf); // ok: esp-tls-internal-buffers
}
#endif
