package dev.allocpath.rules.esp.budget;

import dev.allocpath.rules.esp.MemoryKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of the bill: start-up, or one instance of a root class.
 *
 * @param title "At start-up" or "Per instance of rtc::PeerConnection"
 * @param rootClass the class for a per-instance part, else null
 * @param scope what the part covers, in a sentence
 */
record BillPart(String title, String rootClass, String scope, List<BillLine> lines) {
  BillPart {
    lines = List.copyOf(lines);
  }

  /** Bytes per memory kind (every kind present, in a fixed order) and the lines not sized. */
  Map<String, Long> totals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (MemoryKind kind : MemoryKind.values()) {
      totals.put(kind.words(), 0L);
    }
    long notSized = 0;
    for (BillLine line : lines) {
      if (line.bytes() == null) {
        notSized++;
      } else {
        totals.merge(line.memory(), line.bytes(), Long::sum);
      }
    }
    totals.put("not sized", notSized);
    return totals;
  }

  long internalBytes() {
    return totals().get(MemoryKind.INTERNAL.words());
  }
}
