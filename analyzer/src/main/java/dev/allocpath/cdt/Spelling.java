package dev.allocpath.cdt;

/**
 * Whitespace normalisation of source text, so that facts do not depend on formatting. Both forms
 * drop comments and keep string and character literals exactly as written.
 */
final class Spelling {
  private Spelling() {}

  /** Comments removed, whitespace runs (newlines too) turned into one space, trimmed. */
  static String collapse(String text) {
    return normalise(text, false);
  }

  /**
   * {@link #collapse} plus the spacing of a type or name: no space inside {@code <>}, {@code ()},
   * {@code []} brackets or around {@code ::}, exactly one space after a comma. So
   * {@code std::array< std::mutex , 4 >} becomes {@code std::array<std::mutex, 4>}; a space before
   * {@code *} or {@code &} is kept ({@code char *}).
   */
  static String type(String text) {
    return normalise(text, true);
  }

  private static String normalise(String text, boolean typeSpacing) {
    if (isNormal(text, typeSpacing)) {
      return text; // most names and types: nothing to drop or space, and no copy made
    }
    int length = text.length();
    StringBuilder out = new StringBuilder(length);
    boolean pendingSpace = false;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
        pendingSpace = true;
        continue;
      }
      if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i + 2);
        i = end < 0 ? length : end + 1;
        pendingSpace = true;
        continue;
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (pendingSpace && out.length() > 0 && keepSpace(out.charAt(out.length() - 1), c, typeSpacing)) {
        out.append(' ');
      }
      pendingSpace = false;
      if (c == '"' || c == '\'') {
        i = copyLiteral(text, i, out);
        continue;
      }
      out.append(c);
      if (typeSpacing && c == ',') {
        pendingSpace = true;
      }
      i++;
    }
    return out.toString();
  }

  /** Whether {@link #normalise} would return the text unchanged: nothing in it that it rewrites. */
  private static boolean isNormal(String text, boolean typeSpacing) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '/' || c == '"' || c == '\'' || typeSpacing && c == ',') {
        return false;
      }
    }
    return true;
  }

  private static boolean keepSpace(char before, char after, boolean typeSpacing) {
    if (!typeSpacing) {
      return true;
    }
    return "<([:".indexOf(before) < 0 && ">)],:[".indexOf(after) < 0;
  }

  /** Copies a quoted literal starting at {@code start}; returns the index after it. */
  private static int copyLiteral(String text, int start, StringBuilder out) {
    char quote = text.charAt(start);
    out.append(quote);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      out.append(c);
      i++;
      if (c == '\\' && i < text.length()) {
        out.append(text.charAt(i));
        i++;
      } else if (c == quote || c == '\n') {
        break;
      }
    }
    return i;
  }
}
