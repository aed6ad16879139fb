package dev.allocpath.report;

import java.util.Locale;

/** Escaping and number formatting for the HTML report: every piece of text goes through here. */
final class Html {
  private Html() {}

  /** Text safe in element content and in double- or single-quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c);
      }
    }
    return out.toString();
  }

  /** Thousands separators that do not depend on the user's locale. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String plural(long n, String one, String many) {
    return number(n) + " " + (n == 1 ? one : many);
  }
}
