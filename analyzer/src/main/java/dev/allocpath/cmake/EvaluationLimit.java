package dev.allocpath.cmake;

/**
 * Thrown when evaluating CMake would grow a value past what any real build file needs (a string
 * doubled in a loop reaches gigabytes in a few dozen steps). The interpreter reports it with this
 * message and skips the command, so a hostile or broken file costs bounded memory.
 */
final class EvaluationLimit extends RuntimeException {
  /** Longest variable value or expanded argument, in characters (ESP-IDF's longest lists are kilobytes). */
  static final int MAX_VALUE_CHARS = 4 << 20;

  /** Arguments of one command after expansion (a list variable of millions of empty-free items). */
  static final int MAX_ARGUMENTS = 100_000;
  /** Characters in all the arguments of one command after expansion ({@code f(${A} ${A} ...)}). */
  static final int MAX_ARGUMENT_CHARS = 4 * MAX_VALUE_CHARS;
  /** Nesting of references inside references ({@code ${${${...}}}}): each level recurses. */
  static final int MAX_REFERENCE_DEPTH = 100;
  /**
   * Characters stored by {@code set()} and friends in one evaluation (the project or one component
   * tree): the memory budget of the CMake model. ESP-IDF's own build sets a few megabytes.
   */
  static final long MAX_STORED_CHARS = 64L << 20;

  EvaluationLimit(String message) {
    super(message, null, false, false);
  }

  /** Throws when one command's expanded arguments are past the count or size limits. */
  static void checkArguments(int count, long chars) {
    if (count > MAX_ARGUMENTS) {
      throw new EvaluationLimit("more than " + MAX_ARGUMENTS + " arguments after expansion");
    }
    if (chars > MAX_ARGUMENT_CHARS) {
      throw new EvaluationLimit("arguments longer than " + MAX_ARGUMENT_CHARS + " characters in total after expansion");
    }
  }

  /** Returns {@code length} unchanged, or throws when it is past the limit. */
  static int check(int length) {
    if (length > MAX_VALUE_CHARS) {
      throw new EvaluationLimit("value longer than " + MAX_VALUE_CHARS + " characters");
    }
    return length;
  }
}
