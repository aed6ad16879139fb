package dev.allocpath.cli;

import dev.allocpath.engine.Progress;
import java.io.PrintWriter;

/**
 * A single, rewritten progress line on stderr for scans that take more than a moment. Only on an
 * interactive terminal: in CI logs and hooks a carriage-return line is noise.
 */
final class ProgressLine implements Progress {
  private static final long QUIET_NANOS = 800_000_000L;

  private final PrintWriter err;
  private final long quietNanos;
  private final long start = System.nanoTime();

  ProgressLine(PrintWriter err) {
    this(err, QUIET_NANOS);
  }

  /** {@code quietNanos}: how long a scan runs before the line appears. */
  ProgressLine(PrintWriter err, long quietNanos) {
    this.err = err;
    this.quietNanos = quietNanos;
  }

  static Progress forTerminal(PrintWriter err) {
    boolean terminal = System.console() != null && System.getenv("CI") == null
        && !"dumb".equals(System.getenv("TERM"));
    return terminal ? new ProgressLine(err) : Progress.NONE;
  }

  @Override
  public synchronized void parsed(int done, int total) {
    if (System.nanoTime() - start < quietNanos) {
      return;
    }
    err.print("\rallocpath: parsed " + done + "/" + total + " translation units");
    if (done == total) {
      err.print("\r\u001b[K");
    }
    err.flush();
  }

}
