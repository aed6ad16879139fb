package dev.allocpath.rules.esp;

import java.util.Map;

/**
 * ESP-IDF's Kconfig defaults for the options the internal-RAM rules read, used only when the
 * project's configuration does not give a value (no sdkconfig, or an option it lacks). The one
 * place these figures live; each was checked against the ESP-IDF source named in {@link #BASIS}.
 * Messages that rest on them say "ESP-IDF default".
 */
public final class EspIdfDefaults {
  /** Where the figures were checked, for messages and the bill. */
  public static final String BASIS = "ESP-IDF v5.5 Kconfig default";

  private static final Map<String, Long> NUMBERS = Map.ofEntries(
      // components/pthread/Kconfig: PTHREAD_TASK_STACK_SIZE_DEFAULT default 3072.
      Map.entry("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT", 3072L),
      // components/mbedtls/Kconfig: MBEDTLS_SSL_IN_CONTENT_LEN and ..._OUT_CONTENT_LEN, asymmetric by default.
      Map.entry("CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN", 16384L),
      Map.entry("CONFIG_MBEDTLS_SSL_OUT_CONTENT_LEN", 4096L),
      // ... and MBEDTLS_ASYMMETRIC_CONTENT_LEN default y; without it both are MBEDTLS_SSL_MAX_CONTENT_LEN.
      Map.entry("CONFIG_MBEDTLS_ASYMMETRIC_CONTENT_LEN", 1L),
      Map.entry("CONFIG_MBEDTLS_SSL_MAX_CONTENT_LEN", 16384L),
      // components/mbedtls/Kconfig: "choice MBEDTLS_MEM_ALLOC_MODE", default MBEDTLS_INTERNAL_MEM_ALLOC.
      Map.entry("CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC", 1L),
      Map.entry("CONFIG_MBEDTLS_EXTERNAL_MEM_ALLOC", 0L),
      Map.entry("CONFIG_MBEDTLS_DEFAULT_MEM_ALLOC", 0L),
      Map.entry("CONFIG_MBEDTLS_CUSTOM_MEM_ALLOC", 0L),
      Map.entry("CONFIG_MBEDTLS_DYNAMIC_BUFFER", 0L),
      // components/esp_psram/Kconfig: off by default; stacks stay internal.
      Map.entry("CONFIG_SPIRAM_ALLOW_STACK_EXTERNAL_MEMORY", 0L));

  private EspIdfDefaults() {}

  /** The default of a numeric or bool option (bools as 1/0), or null when not listed here. */
  public static Long number(String name) {
    return NUMBERS.get(name);
  }
}
