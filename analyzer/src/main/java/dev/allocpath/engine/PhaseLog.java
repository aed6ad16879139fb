package dev.allocpath.engine;

/**
 * Wall-clock marks of a scan's phases on stderr, for measuring where its time goes (the benchmark
 * times whole processes only). Off unless {@code -Dallocpath.phases=true}, e.g. through
 * {@code ALLOCPATH_JAVA_OPTS}. Times count from the first mark, which the scan sets as it starts:
 * the JVM's own start-up is what a whole-process time adds to the last mark.
 */
public final class PhaseLog {
  private static final boolean ON = Boolean.getBoolean("allocpath.phases");
  private static long first = -1;

  private PhaseLog() {}

  /** Whether the log is on (what measures only for it can stay off otherwise). */
  public static boolean on() {
    return ON;
  }

  /** A line of figures gathered elsewhere (null: nothing to print). */
  public static synchronized void note(String line) {
    if (ON && line != null) {
      System.err.println("allocpath phase:   " + line);
    }
  }

  public static synchronized void mark(String phase) {
    if (ON) {
      long now = System.nanoTime();
      if (first < 0) {
        first = now;
      }
      System.err.printf("allocpath phase: %6d ms %s%n", (now - first) / 1_000_000, phase);
    }
  }

  /** How long one part of a phase took (a rule, a report), on its own line. */
  public static synchronized void took(String part, long nanos) {
    if (ON) {
      System.err.printf("allocpath phase:   %6d ms in %s%n", nanos / 1_000_000, part);
    }
  }
}
