package dev.allocpath.rules.esp;

import java.util.List;
import java.util.Map;

/**
 * Where the size (and, for ESP-IDF's capability allocator, the caps) sits in each allocation
 * function's arguments. The C symbols' heap depends on the build; the {@code heap_caps_*} and
 * {@code *WithCaps} functions name their heap in the caps argument.
 */
final class AllocatorCalls {
  /**
   * @param sizeArguments arguments whose product is the block size; empty when the size is not
   *     an argument (strdup: the string's length)
   * @param capsArgument the caps argument (the first preference for {@code _prefer}); -1 for the
   *     C symbols
   */
  record Shape(List<Integer> sizeArguments, int capsArgument) {
    boolean hasCaps() {
      return capsArgument >= 0;
    }
  }

  private static final Shape NO_SIZE = new Shape(List.of(), -1);

  /** The C symbols whose size is an argument; the others ({@code strdup}, {@code asprintf}, ...) size by content. */
  private static final Map<String, Shape> C_SYMBOLS = Map.ofEntries(
      Map.entry("malloc", new Shape(List.of(0), -1)),
      Map.entry("calloc", new Shape(List.of(0, 1), -1)),
      Map.entry("realloc", new Shape(List.of(1), -1)),
      Map.entry("reallocarray", new Shape(List.of(1, 2), -1)),
      Map.entry("posix_memalign", new Shape(List.of(2), -1)),
      Map.entry("aligned_alloc", new Shape(List.of(1), -1)),
      Map.entry("memalign", new Shape(List.of(1), -1)),
      Map.entry("valloc", new Shape(List.of(0), -1)),
      Map.entry("pvalloc", new Shape(List.of(0), -1)));

  /** ESP-IDF's capability allocator and the FreeRTOS creators that take caps (ESP-IDF 5.x). */
  private static final Map<String, Shape> CAPS_FUNCTIONS = Map.ofEntries(
      Map.entry("heap_caps_malloc", new Shape(List.of(0), 1)),
      Map.entry("heap_caps_calloc", new Shape(List.of(0, 1), 2)),
      Map.entry("heap_caps_realloc", new Shape(List.of(1), 2)),
      Map.entry("heap_caps_aligned_alloc", new Shape(List.of(1), 2)),
      Map.entry("heap_caps_aligned_calloc", new Shape(List.of(1, 2), 3)),
      Map.entry("heap_caps_malloc_prefer", new Shape(List.of(0), 2)),
      Map.entry("heap_caps_calloc_prefer", new Shape(List.of(0, 1), 3)),
      Map.entry("heap_caps_realloc_prefer", new Shape(List.of(1), 3)),
      Map.entry("xTaskCreateWithCaps", new Shape(List.of(2), 6)),
      Map.entry("xTaskCreatePinnedToCoreWithCaps", new Shape(List.of(2), 7)),
      Map.entry("xQueueCreateWithCaps", new Shape(List.of(0, 1), 2)),
      Map.entry("xSemaphoreCreateBinaryWithCaps", new Shape(List.of(), 0)),
      Map.entry("xSemaphoreCreateMutexWithCaps", new Shape(List.of(), 0)),
      Map.entry("xSemaphoreCreateRecursiveMutexWithCaps", new Shape(List.of(), 0)),
      Map.entry("xSemaphoreCreateCountingWithCaps", new Shape(List.of(), 2)),
      Map.entry("xStreamBufferCreateWithCaps", new Shape(List.of(0), 2)),
      Map.entry("xMessageBufferCreateWithCaps", new Shape(List.of(0), 1)),
      Map.entry("xEventGroupCreateWithCaps", new Shape(List.of(), 0)),
      Map.entry("xRingbufferCreateWithCaps", new Shape(List.of(0), 2)));

  private AllocatorCalls() {}

  /** The shape of a configured C allocator symbol (sizes unknown for the ones sized by content). */
  static Shape cSymbol(String symbol) {
    return C_SYMBOLS.getOrDefault(symbol, NO_SIZE);
  }

  /** The shape of a caps function, or null when {@code name} is not one. */
  static Shape capsFunction(String name) {
    return CAPS_FUNCTIONS.get(name);
  }

  static boolean isCapsFunction(String name) {
    return CAPS_FUNCTIONS.containsKey(name);
  }
}
