package dev.allocpath.rules.esp;

/**
 * The size of a block an allocation asks for.
 *
 * @param bytes the folded size; null when not a constant
 * @param estimated true when a {@code sizeof} went into it (type sizes are estimated for the
 *     32-bit ESP targets, not taken from a compiler)
 * @param expression the size as written at the call when it is not a constant ({@code len},
 *     {@code s->window_size / 8 * 1}); null when folded
 */
record AllocationSize(Long bytes, boolean estimated, String expression) {
  static AllocationSize unknown(String expression) {
    return new AllocationSize(null, false, expression);
  }

  boolean known() {
    return bytes != null;
  }

  /** "64 bytes", "about 48 bytes" (estimated). */
  String describe() {
    return (estimated ? "about " : "") + String.format(java.util.Locale.ROOT, "%,d", bytes)
        + (bytes == 1 ? " byte" : " bytes");
  }

  /** The product of two sizes (calloc's count × size). */
  AllocationSize times(AllocationSize other) {
    if (known() && other.known()) {
      return new AllocationSize(Math.multiplyExact(bytes, other.bytes), estimated || other.estimated, null);
    }
    String left = known() ? String.valueOf(bytes) : expression;
    String right = other.known() ? String.valueOf(other.bytes) : other.expression;
    return unknown(left + " * " + right);
  }
}
