package dev.allocpath.rules.esp;

/**
 * Where an allocation's block goes, as far as the build and the configuration say. The text is
 * what messages and the SARIF {@code placement} property show.
 */
enum HeapPlacement {
  /** Internal RAM only (no PSRAM, no redirect, or caps that exclude PSRAM). */
  INTERNAL("internal"),
  /** PSRAM only (a redirect, or caps with MALLOC_CAP_SPIRAM). */
  PSRAM("PSRAM"),
  /** PSRAM first, internal RAM when PSRAM is full. */
  PSRAM_FIRST("PSRAM-first"),
  /** Internal RAM first, PSRAM when internal RAM is full. */
  INTERNAL_FIRST("internal-first"),
  /** Internal-first or PSRAM-first depending on a size that is not a constant. */
  SIZE_DEPENDENT("size-dependent"),
  /** The call's caps are not constant: the heap cannot be told. */
  UNKNOWN("unknown");

  final String text;

  HeapPlacement(String text) {
    this.text = text;
  }

  /** Blocks that land in internal RAM, or try it first: what the rule warns about. */
  boolean internal() {
    return this == INTERNAL || this == INTERNAL_FIRST;
  }

  /** Blocks whose heap the rule cannot decide: reported as notes. */
  boolean undecided() {
    return this == SIZE_DEPENDENT || this == UNKNOWN;
  }
}
