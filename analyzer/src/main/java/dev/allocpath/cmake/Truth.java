package dev.allocpath.cmake;

import java.util.Locale;

/** CMake's boolean constants. */
final class Truth {
  private Truth() {}

  /** Constant true: 1, ON, YES, TRUE, Y, or a non-zero number. */
  static boolean isTrueConstant(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "1", "ON", "YES", "TRUE", "Y" -> true;
      default -> {
        Double number = number(value);
        yield number != null && number != 0.0;
      }
    };
  }

  /** Constant false: 0, OFF, NO, FALSE, N, IGNORE, NOTFOUND, empty, *-NOTFOUND, or a zero number. */
  static boolean isFalseConstant(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "", "0", "OFF", "NO", "FALSE", "N", "IGNORE", "NOTFOUND" -> true;
      default -> {
        if (upper.endsWith("-NOTFOUND")) {
          yield true;
        }
        Double number = number(value);
        yield number != null && number == 0.0;
      }
    };
  }

  /** The number a string spells entirely, or null. No regex: this runs for every if() operand. */
  static Double number(String value) {
    int n = value.length();
    if (n == 0) {
      return null;
    }
    int i = 0;
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      i++;
    }
    boolean digits = false;
    boolean dot = false;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    if (!digits) {
      return null;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
