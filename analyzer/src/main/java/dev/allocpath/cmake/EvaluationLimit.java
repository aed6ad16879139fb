package dev.allocpath.cmake;

/**
 * Thrown when evaluating CMake would grow a value past what any real build file needs (a string
 * doubled in a loop reaches gigabytes in a few dozen steps). The interpreter reports it with this
 * message and skips the command, so a hostile or broken file costs bounded memory.
 */
final class EvaluationLimit extends RuntimeException {
  /** Longest variable value or expanded argument, in characters (ESP-IDF's longest lists are kilobytes). */
  static final int MAX_VALUE_CHARS = 4 << 20;

  EvaluationLimit(String message) {
    super(message, null, false, false);
  }

  /** Returns {@code length} unchanged, or throws when it is past the limit. */
  static int check(int length) {
    if (length > MAX_VALUE_CHARS) {
      throw new EvaluationLimit("value longer than " + MAX_VALUE_CHARS + " characters");
    }
    return length;
  }
}
