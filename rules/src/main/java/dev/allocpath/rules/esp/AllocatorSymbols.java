package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import java.util.List;

/** The C allocation functions whose destination heap depends on the build. */
final class AllocatorSymbols {
  private AllocatorSymbols() {}

  /** Built-in list; {@code allocators} in the config replaces it. */
  static final List<String> DEFAULTS = List.of(
      "malloc", "calloc", "realloc", "free", "strdup", "strndup", "posix_memalign",
      "aligned_alloc", "memalign", "valloc", "asprintf", "vasprintf", "reallocarray", "getline", "getdelim");

  static List<String> configured(Settings settings) {
    return settings.list("allocators", DEFAULTS);
  }

  /**
   * {@code free} is tracked in the redirect table but never reported as a call: it allocates
   * nothing, and ESP-IDF's free() returns a block to whichever heap it came from.
   */
  static boolean reportedAsCall(String symbol) {
    return !symbol.equals("free");
  }
}
