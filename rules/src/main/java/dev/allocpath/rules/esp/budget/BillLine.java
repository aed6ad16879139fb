package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.SourceLocation;

/**
 * One line of the internal-RAM bill: what it is, where it comes from, how many bytes, in which
 * memory, and what the figure rests on.
 *
 * @param what a few words for the terminal
 * @param detail the whole story (where the size comes from, what decided the memory), or null
 * @param kind {@code primitives}, {@code static-heap}, {@code stack}, {@code tcb}, {@code tls},
 *     {@code internal-block}
 * @param bytes null when the item is not sized statically (a container grows with use; a stack
 *     size that cannot be folded)
 * @param memory {@code internal}, {@code PSRAM} or {@code depends on size}
 * @param basis {@code measured}, {@code from the configuration}, {@code ESP-IDF default},
 *     {@code from the source} or {@code estimate}
 */
record BillLine(String kind, String what, String detail, SourceLocation location, String component, Long bytes, String memory,
    String basis) {

  String where() {
    return location == null ? "" : location.path() + ":" + location.line();
  }
}
