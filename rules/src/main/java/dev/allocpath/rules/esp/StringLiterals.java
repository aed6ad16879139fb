package dev.allocpath.rules.esp;

/** Length of a C string literal's body after escapes, for the small-string check. */
final class StringLiterals {
  private StringLiterals() {}

  /**
   * Characters the body stands for, or -1 when it holds an unescaped quote (adjacent literals
   * such as {@code "a" "b"}, whose length this does not work out).
   */
  static int length(String body) {
    int length = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"') {
        return -1;
      }
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        if (next == 'x') {
          while (i + 1 < body.length() && Character.digit(body.charAt(i + 1), 16) >= 0) {
            i++;
          }
        } else if (next >= '0' && next <= '7') {
          for (int k = 0; k < 2 && i + 1 < body.length() && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
            i++;
          }
        }
      }
      length++;
    }
    return length;
  }
}
