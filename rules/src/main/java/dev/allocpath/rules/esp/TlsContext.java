package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;

/**
 * One place that creates an SSL/TLS/DTLS context, with the record buffers it allocates.
 *
 * @param how the call: {@code mbedtls_ssl_setup}, {@code esp_tls_conn_new_sync}, ...
 * @param inBytes the input record buffer (content length plus record overhead)
 * @param outBytes the output record buffer
 * @param sizeFrom the options the sizes come from, with their sources
 * @param fromConfiguration whether the project's configuration gave the content lengths (else
 *     ESP-IDF's defaults)
 * @param memory where the buffers land
 * @param decidedBy the fact that decided it
 * @param decidedAt where that fact is (a {@code mbedtls_platform_set_calloc_free} call), or null
 * @param dynamicBuffer CONFIG_MBEDTLS_DYNAMIC_BUFFER: allocated per record and freed after it
 */
public record TlsContext(
    SourceLocation location,
    String component,
    String enclosingFunction,
    String how,
    long inBytes,
    long outBytes,
    String sizeFrom,
    boolean fromConfiguration,
    MemoryKind memory,
    String decidedBy,
    SourceLocation decidedAt,
    boolean dynamicBuffer) {

  public long bytes() {
    return inBytes + outBytes;
  }
}
