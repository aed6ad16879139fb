/*
 * esp-tls-internal-buffers: ESP-TLS's connection calls set up an mbedTLS context inside the
 * SDK; esp_tls_init only allocates the handle.
 */
#include <esp_tls.h>

int fetch(const char *host, esp_tls_cfg_t *cfg)
{
    esp_tls_t *tls = esp_tls_init(); // ok: esp-tls-internal-buffers
    return esp_tls_conn_new_sync(host, 8, 443, cfg, tls); // expect: esp-tls-internal-buffers "(esp_tls_conn_new_sync) allocates 21,146 bytes"
}

esp_tls_t *legacy(const char *host, const esp_tls_cfg_t *cfg)
{
    return esp_tls_conn_http_new("https://example.com", cfg); // expect: esp-tls-internal-buffers "(esp_tls_conn_http_new)"
}
