#include <mbedtls/ssl.h>

int tls_open(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    return mbedtls_ssl_setup(ssl, conf); // expect: esp-tls-internal-buffers "allocates 10,906 bytes of record buffers in internal RAM (8,525 in, 2,381 out, from the configuration; CONFIG_MBEDTLS_DYNAMIC_BUFFER" "CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC=y (sdkconfig"
}
