#include <mbedtls/ssl.h>

int tls_open(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf)
{
    return mbedtls_ssl_setup(ssl, conf); // ok: esp-tls-internal-buffers
}
