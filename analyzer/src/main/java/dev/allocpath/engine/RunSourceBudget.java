package dev.allocpath.engine;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.model.CompileUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The per-run limit on the C/C++ a scan parses. Each file already has its own limits (size,
 * tokens, time); this one bounds the whole run, so a repository of thousands of huge sources
 * cannot keep a CI job busy for hours. Units are taken in the model's order (sorted, so the same
 * project always keeps the same units) until their sources would pass the budget; the rest are
 * named, by count, in one warning.
 */
final class RunSourceBudget {
  /** About a hundred times the largest real ESP-IDF firmware we measured (4 MB of unit sources). */
  static final long MAX_BYTES = 512L << 20;

  /** The units to parse and the ones the budget leaves out. */
  record Split(List<CompileUnit> kept, List<CompileUnit> dropped) {}

  private RunSourceBudget() {}

  static Split split(List<CompileUnit> units, ToLongFunction<CompileUnit> size, long limit) {
    List<CompileUnit> kept = new ArrayList<>();
    List<CompileUnit> dropped = new ArrayList<>();
    long total = 0;
    for (CompileUnit unit : units) {
      long bytes = Math.max(0, size.applyAsLong(unit));
      if (dropped.isEmpty() && total + bytes <= limit) {
        kept.add(unit);
        total += bytes;
      } else {
        dropped.add(unit);
      }
    }
    return new Split(List.copyOf(kept), List.copyOf(dropped));
  }

  /** One warning naming the limit and how many units it left out; null when none. */
  static Notification note(Split split, long limit) {
    if (split.dropped().isEmpty()) {
      return null;
    }
    return new Notification(Severity.WARNING, "run-limit", split.dropped().size() + " of "
        + (split.kept().size() + split.dropped().size()) + " translation units were not analysed: their sources"
        + " pass the per-run limit of " + (limit >> 20) + " MB of C/C++ (analyse the project in parts with"
        + " --exclude or --component-root)", null);
  }
}
