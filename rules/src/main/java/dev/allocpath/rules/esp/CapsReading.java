package dev.allocpath.rules.esp;

import dev.allocpath.facts.ArgumentFact;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a caps argument of ESP-IDF's capability allocator: the {@code MALLOC_CAP_*} names it
 * combines (also through macros, which the facts already expanded, and through constant
 * variables), or, when the system headers expanded the names to numbers, the bits of the value
 * (bit positions of {@code esp_heap_caps.h}, ESP-IDF 5.0 to 5.5).
 */
final class CapsReading {
  /** The caps named in the expression, or null when the expression is not a constant we can read. */
  record Caps(Set<String> names) {
    boolean has(String name) {
      return names.contains(name);
    }

    /** Caps that only internal memory has: the caller asked for internal RAM on purpose. */
    boolean internalOnly() {
      return has("MALLOC_CAP_INTERNAL") || has("MALLOC_CAP_DMA") || has("MALLOC_CAP_DMA_DESC_AHB")
          || has("MALLOC_CAP_DMA_DESC_AXI") || has("MALLOC_CAP_EXEC") || has("MALLOC_CAP_IRAM_8BIT")
          || has("MALLOC_CAP_RTCRAM") || has("MALLOC_CAP_TCM") || has("MALLOC_CAP_RETENTION");
    }

    String text() {
      return String.join(" | ", names);
    }
  }

  private static final Map<Integer, String> BITS = Map.ofEntries(
      Map.entry(0, "MALLOC_CAP_EXEC"), Map.entry(1, "MALLOC_CAP_32BIT"), Map.entry(2, "MALLOC_CAP_8BIT"),
      Map.entry(3, "MALLOC_CAP_DMA"), Map.entry(10, "MALLOC_CAP_SPIRAM"), Map.entry(11, "MALLOC_CAP_INTERNAL"),
      Map.entry(12, "MALLOC_CAP_DEFAULT"), Map.entry(13, "MALLOC_CAP_IRAM_8BIT"),
      Map.entry(14, "MALLOC_CAP_RETENTION"), Map.entry(15, "MALLOC_CAP_RTCRAM"), Map.entry(16, "MALLOC_CAP_TCM"),
      Map.entry(17, "MALLOC_CAP_DMA_DESC_AHB"), Map.entry(18, "MALLOC_CAP_DMA_DESC_AXI"),
      Map.entry(19, "MALLOC_CAP_CACHE_ALIGNED"), Map.entry(20, "MALLOC_CAP_SIMD"));
  private static final Pattern NAME = Pattern.compile("\\bMALLOC_CAP_[A-Z0-9_]+\\b");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_DEPTH = 8;

  private CapsReading() {}

  /** @param initializers a constant variable's initializer text by name, or null */
  static Caps read(ArgumentFact argument, Function<String, String> initializers) {
    return read(argument.text(), argument.value(), initializers, 0);
  }

  private static Caps read(String text, Long value, Function<String, String> initializers, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    String rest = NAME.matcher(text).replaceAll("0").replaceAll("[\\s()|+]", "");
    if (!names.isEmpty() && rest.replace("0", "").isEmpty()) {
      return new Caps(names);
    }
    if (value != null) {
      return fromBits(value);
    }
    String trimmed = text.trim();
    if (IDENTIFIER.matcher(trimmed).matches()) {
      String init = initializers.apply(trimmed);
      return init == null ? null : read(init, null, initializers, depth + 1);
    }
    ConstantText.Value folded = ConstantText.fold(trimmed, n -> null, t -> null);
    return folded == null ? null : fromBits(folded.value());
  }

  private static Caps fromBits(long value) {
    Set<String> names = new TreeSet<>();
    for (var bit : BITS.entrySet()) {
      if ((value & (1L << bit.getKey())) != 0) {
        names.add(bit.getValue());
      }
    }
    return names.isEmpty() && value != 0 ? null : new Caps(names);
  }
}
