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
   * Line breaks shown as {@code \n} and {@code \r}: file names and source snippets can contain
   * them, and a hook or CI log reads one problem per line.
   */
  public static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
