package dev.allocpath.api;

import java.util.Comparator;

/**
 * Something the tool could not do, or wants the user to know about the run: a file that did not
 * parse, a CMake command it did not understand. Goes to SARIF
 * {@code invocations[0].toolExecutionNotifications} and one line on stderr; never a result.
 *
 * @param location may be null for run-wide notes
 * @param kind a short stable id (e.g. {@code parse-error}, {@code cmake-unsupported})
 */
public record Notification(Severity level, String kind, String message, SourceLocation location)
    implements Comparable<Notification> {

  private static final Comparator<Notification> ORDER =
      Comparator.comparing(
              (Notification n) -> n.location() == null ? "" : n.location().path())
          .thenComparingInt(n -> n.location() == null ? 0 : n.location().line())
          .thenComparing(Notification::kind)
          .thenComparing(Notification::message);

  @Override
  public int compareTo(Notification other) {
    return ORDER.compare(this, other);
  }

  /** One line for stderr: {@code path:line: level: message [kind]}. */
  public String toLine() {
    String where = location == null ? "allocpath" : location.path() + ":" + location.line();
    return oneLine(where + ": " + level.label() + ": " + message + " [" + kind + "]");
  }

  /**
   * Text from the repository made safe for one terminal line: line breaks shown as {@code \n} and
   * {@code \r} (a hook or CI log reads one problem per line), every other control character as
   * {@code \x1b}-style escapes (an escape sequence in a file name or a quoted line of code could
   * retitle, recolour or clear the terminal), and the bidirectional overrides that can make text
   * read differently from what it is as U+202E-style escapes. Ordinary UTF-8 text is kept as it is.
   */
  public static String oneLine(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
