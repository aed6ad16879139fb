package dev.allocpath.cmake;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects what the CMake side could not read or evaluate. Identical notifications are reported
 * once (a function called from ten places should not say the same thing ten times), and the list
 * comes out sorted so the output does not depend on evaluation order.
 */
public final class NotificationSink {
  /** Unreadable CMake: unterminated quote, bracket or parenthesis, stray token. */
  public static final String SYNTAX = "cmake-syntax";
  /** A command, operand or form the evaluator does not model; what it did instead is in the message. */
  public static final String UNSUPPORTED = "cmake-unsupported";
  /** A source file named by the build that does not exist. */
  public static final String MISSING_SOURCE = "missing-source";
  /** A {@code -include} file that could not be found. */
  public static final String MISSING_FORCED_INCLUDE = "missing-forced-include";
  /** A CMake file named by {@code include()} that does not exist. */
  public static final String MISSING_INCLUDE = "cmake-missing-include";
  /** An include directory that does not exist. */
  public static final String MISSING_INCLUDE_DIR = "missing-include-dir";
  /** A file or directory outside the project root that was not read. */
  public static final String OUTSIDE_ROOT = "outside-root";
  /** A compile database that could not be read; the CMake-derived flags are used instead. */
  public static final String COMPILE_DB = "compile-db-error";
  /**
   * Something the build compiles or links that is not analysed on purpose: prebuilt archives, files
   * generated at build time, libraries no component links. Listed once each.
   */
  public static final String NOT_ANALYSED = "not-analysed";
  /** Component discovery problems (duplicate names, unregistered components). */
  public static final String COMPONENT = "cmake-component";

  /**
   * More than any real project produces; a loop that reports a different value on each of its
   * iterations would otherwise fill the heap with notifications.
   */
  static final int MAX_NOTIFICATIONS = 5_000;

  private final TreeSet<Notification> notifications = new TreeSet<>();
  private int leftOut;
  /** The project root as text (lexical and real), removed from messages; empty when unknown. */
  private final List<String> roots = new ArrayList<>();

  public NotificationSink() {}

  /**
   * A sink that keeps the project root out of every message: CMake values are absolute paths
   * ({@code ${CMAKE_CURRENT_SOURCE_DIR}/src}), and a message quoting one would put this machine's
   * directory into reports. Each such path becomes project-relative.
   */
  public NotificationSink(java.nio.file.Path root) {
    java.nio.file.Path normal = root.toAbsolutePath().normalize();
    roots.add(normal.toString());
    try {
      String real = normal.toRealPath().toString();
      if (!real.equals(roots.get(0))) {
        roots.add(real);
      }
    } catch (java.io.IOException | SecurityException e) {
      // A root that does not exist has no other spelling.
    }
    // Longest first, so a root inside the other one is not half replaced.
    roots.sort((a, b) -> b.length() - a.length());
  }

  /** {@code message} with the project root removed from every path in it. */
  String relativize(String message) {
    String out = message;
    for (String root : roots) {
      if (out.contains(root)) {
        // Only the whole directory name: "/work/p" must not turn "/work/pq/x.c" into "./q/x.c".
        String quoted = java.util.regex.Pattern.quote(root);
        out = out.replaceAll(quoted + "[/\\\\](?=[^/\\\\])", "").replaceAll(quoted + "(?![\\w.-])", ".");
      }
    }
    return out;
  }

  public void add(Severity level, String kind, String message, String path, int line) {
    SourceLocation location = path == null ? null : SourceLocation.ofLine(path, Math.max(1, line));
    Notification n = new Notification(level, kind, relativize(message), location);
    if (notifications.size() < MAX_NOTIFICATIONS) {
      notifications.add(n);
    } else if (!notifications.contains(n)) {
      leftOut++;
    }
  }

  public void warning(String kind, String message, String path, int line) {
    add(Severity.WARNING, kind, message, path, line);
  }

  public void note(String kind, String message, String path, int line) {
    add(Severity.NOTE, kind, message, path, line);
  }

  public void syntax(String message, String path, int line) {
    warning(SYNTAX, message, path, line);
  }

  public void unsupported(String message, String path, int line) {
    note(UNSUPPORTED, message, path, line);
  }

  /** Sorted, without duplicates; past the cap, one run-wide note says how many were left out. */
  public List<Notification> list() {
    List<Notification> out = new ArrayList<>(notifications);
    if (leftOut > 0) {
      out.add(new Notification(Severity.WARNING, UNSUPPORTED,
          leftOut + " more CMake notifications left out (at most " + MAX_NOTIFICATIONS + " are kept)", null));
    }
    return List.copyOf(out);
  }

  public boolean isEmpty() {
    return notifications.isEmpty();
  }
}
