package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts and costs of the primitives in a set of leaves, and how to say them in a sentence. */
public record PrimitiveTally(Map<SyncPrimitive, Long> counts, long bytes, boolean estimated) {

  public static PrimitiveTally of(List<HeldPrimitives.Leaf> leaves, Settings settings) {
    Map<SyncPrimitive, Long> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(SyncPrimitive::spelling));
    long bytes = 0;
    boolean estimated = false;
    for (HeldPrimitives.Leaf leaf : leaves) {
      counts.merge(leaf.primitive(), leaf.count(), Long::sum);
      bytes += leaf.count() * leaf.primitive().bytes(settings);
      estimated |= !leaf.primitive().measured();
    }
    return new PrimitiveTally(counts, bytes, estimated);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** "2 std::mutex, 1 std::recursive_mutex", sorted by primitive name. */
  public String describe() {
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.spelling().compareTo(b.spelling())))
        .map(e -> e.getValue() + " " + e.getKey().spelling())
        .collect(Collectors.joining(", "));
  }

  /** Counts keyed by spelling, sorted, for JSON outputs. */
  public Map<String, Long> bySpelling() {
    return counts.entrySet().stream()
        .collect(Collectors.toMap(
            e -> e.getKey().spelling(), Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
  }

  /** "about 1,008 bytes" with thousands separators that do not depend on the user's locale. */
  public String aboutBytes() {
    return "about " + String.format(Locale.ROOT, "%,d", bytes) + " bytes";
  }
}
