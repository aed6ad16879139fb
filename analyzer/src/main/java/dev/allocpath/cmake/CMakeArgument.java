package dev.allocpath.cmake;

/**
 * One argument of a command invocation, as written.
 *
 * @param text for {@link Kind#QUOTED} the text between the quotes with line continuations removed
 *     but escapes and variable references kept; for {@link Kind#UNQUOTED} the raw text; for
 *     {@link Kind#BRACKET} the literal content (never evaluated)
 * @param line 1-based line where the argument starts
 */
public record CMakeArgument(String text, Kind kind, int line) {

  public enum Kind {
    UNQUOTED,
    QUOTED,
    BRACKET
  }

  public boolean quoted() {
    return kind == Kind.QUOTED;
  }

  public boolean bracket() {
    return kind == Kind.BRACKET;
  }

  /** Whether the argument is a bare word or one of the parentheses CMake passes as arguments. */
  public boolean unquoted() {
    return kind == Kind.UNQUOTED;
  }

  static CMakeArgument unquoted(String text, int line) {
    return new CMakeArgument(text, Kind.UNQUOTED, line);
  }
}
