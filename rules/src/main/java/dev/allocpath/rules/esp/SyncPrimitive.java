package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type that allocates a FreeRTOS object in internal RAM when it is constructed on ESP-IDF, with
 * its cost. The built-in C++ primitives are below: the std::mutex and std::recursive_mutex figures
 * were measured with a heap trace on ESP-IDF 5.5.1 (an 84-byte queue each, see the seeds); the
 * others are estimates from how ESP-IDF's pthread layer builds them, and say so in every message.
 * Projects add their own (an RTOS lock class from a header we do not parse) under
 * {@code primitives} in the configuration; those count as estimates.
 */
public record SyncPrimitive(String spelling, long defaultBytes, boolean measured, String costKey) {
  public static final SyncPrimitive MUTEX = builtIn("std::mutex", 84, true);
  public static final SyncPrimitive RECURSIVE_MUTEX = builtIn("std::recursive_mutex", 84, true);

  private static final List<SyncPrimitive> BUILT_IN = List.of(
      MUTEX,
      RECURSIVE_MUTEX,
      builtIn("std::timed_mutex", 84, false),
      builtIn("std::recursive_timed_mutex", 84, false),
      // pthread_rwlock on ESP-IDF: a mutex plus two condition variables' bookkeeping.
      builtIn("std::shared_mutex", 168, false),
      builtIn("std::shared_timed_mutex", 168, false),
      // esp_pthread cond: a small struct plus a list head, created on first use.
      builtIn("std::condition_variable", 32, false),
      // Holds a shared_ptr<std::mutex>: a condition variable, a mutex and a control block.
      builtIn("std::condition_variable_any", 132, false));

  /** Settings key listing the project's own primitive types; each one's bytes under {@code primitives.<name>}. */
  public static final String EXTRA_KEY = "primitives";

  private static SyncPrimitive builtIn(String spelling, long bytes, boolean measured) {
    return new SyncPrimitive(spelling, bytes, measured, "costs." + spelling);
  }

  /** The built-in primitives, in a fixed order. */
  public static List<SyncPrimitive> builtIns() {
    return BUILT_IN;
  }

  /** Built-in primitives plus the project's own from the settings. */
  public static List<SyncPrimitive> all(Settings settings) {
    List<SyncPrimitive> all = new ArrayList<>(BUILT_IN);
    for (String name : settings.list(EXTRA_KEY, List.of())) {
      all.add(new SyncPrimitive(name, settings.number(EXTRA_KEY + "." + name, 0), false, EXTRA_KEY + "." + name));
    }
    return List.copyOf(all);
  }

  /** The configured cost, else the built-in figure. */
  public long bytes(Settings settings) {
    return settings.number(costKey, defaultBytes);
  }

  /** The primitive a type name denotes ({@code std::mutex}, {@code ::std::mutex}), if any. */
  public static Optional<SyncPrimitive> named(String base, List<SyncPrimitive> known) {
    String name = base.startsWith("::") ? base.substring(2) : base;
    return known.stream().filter(p -> p.spelling.equals(name)).findFirst();
  }
}
