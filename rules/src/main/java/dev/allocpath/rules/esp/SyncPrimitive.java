package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import java.util.Arrays;
import java.util.Optional;

/**
 * The C++ synchronization types that allocate a FreeRTOS object when constructed on ESP-IDF,
 * with their internal-RAM cost. The std::mutex and std::recursive_mutex figures were measured
 * with a heap trace on ESP-IDF 5.5.1 (an 84-byte queue each, see the seeds); the others are
 * estimates from how ESP-IDF's pthread layer builds them, and say so in every message.
 */
public enum SyncPrimitive {
  MUTEX("std::mutex", 84, true),
  RECURSIVE_MUTEX("std::recursive_mutex", 84, true),
  TIMED_MUTEX("std::timed_mutex", 84, false),
  RECURSIVE_TIMED_MUTEX("std::recursive_timed_mutex", 84, false),
  // pthread_rwlock on ESP-IDF: a mutex plus two condition variables' bookkeeping.
  SHARED_MUTEX("std::shared_mutex", 168, false),
  SHARED_TIMED_MUTEX("std::shared_timed_mutex", 168, false),
  // esp_pthread cond: a small struct plus a list head, created on first use.
  CONDITION_VARIABLE("std::condition_variable", 32, false),
  // Holds a shared_ptr<std::mutex> internally: a condition variable, a mutex and a control block.
  CONDITION_VARIABLE_ANY("std::condition_variable_any", 132, false);

  private final String spelling;
  private final long defaultBytes;
  private final boolean measured;

  SyncPrimitive(String spelling, long defaultBytes, boolean measured) {
    this.spelling = spelling;
    this.defaultBytes = defaultBytes;
    this.measured = measured;
  }

  public String spelling() {
    return spelling;
  }

  public boolean measured() {
    return measured;
  }

  /** The configured cost ({@code costs.<spelling>} in the config), else the built-in figure. */
  public long bytes(Settings settings) {
    return settings.number("costs." + spelling, defaultBytes);
  }

  public long defaultBytes() {
    return defaultBytes;
  }

  /** The primitive a type name denotes ({@code std::mutex}, {@code ::std::mutex}), if any. */
  public static Optional<SyncPrimitive> named(String base) {
    String name = base.startsWith("::") ? base.substring(2) : base;
    return Arrays.stream(values()).filter(p -> p.spelling.equals(name)).findFirst();
  }
}
