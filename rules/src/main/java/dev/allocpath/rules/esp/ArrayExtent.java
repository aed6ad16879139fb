package dev.allocpath.rules.esp;

/**
 * Reads an array extent as written. Integer literals (decimal, hex, octal, with u/l suffixes) are
 * exact; anything else (a named constant, an expression) counts as 1 so estimates stay a floor.
 */
final class ArrayExtent {
  private ArrayExtent() {}

  static long value(String extent) {
    Long exact = exact(extent);
    return exact == null ? 1 : exact;
  }

  /** The literal's value, or null when the extent is not an integer literal. */
  static Long exact(String extent) {
    String text = extent.trim();
    while (text.startsWith("(") && text.endsWith(")")) {
      text = text.substring(1, text.length() - 1).trim();
    }
    text = text.replaceAll("[uUlL]+$", "").replace("'", "");
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Long.parseLong(text.substring(2), 16);
      }
      if (text.length() > 1 && text.startsWith("0")) {
        return Long.parseLong(text.substring(1), 8);
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
