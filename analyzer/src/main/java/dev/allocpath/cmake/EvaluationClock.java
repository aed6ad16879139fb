package dev.allocpath.cmake;

/**
 * The wall-clock limit for evaluating the project file or one component. The command budget
 * bounds how many commands run, not how long one takes: a command over a value near the size
 * limit, repeated, or a regular expression that backtracks exponentially could still stall a
 * pre-commit hook. Regex input goes through {@link #guard}, which stops the match at the limit.
 */
final class EvaluationClock {
  /** Seconds one file tree may take; real component files take milliseconds. */
  static final int LIMIT_SECONDS = 10;

  private long deadline = Long.MAX_VALUE;

  void restart() {
    deadline = System.nanoTime() + LIMIT_SECONDS * 1_000_000_000L;
  }

  boolean expired() {
    return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
  }

  /** The text, as a matcher input that throws {@link EvaluationLimit} once the time is up. */
  CharSequence guard(CharSequence text) {
    return new Guarded(text);
  }

  private final class Guarded implements CharSequence {
    private final CharSequence text;
    private int reads;

    Guarded(CharSequence text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      // The clock is read once per 64 Ki characters: cheap, and still within milliseconds.
      if ((++reads & 0xFFFF) == 0 && expired()) {
        throw new EvaluationLimit("regular expression still matching after " + LIMIT_SECONDS + " s; stopped");
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
