package dev.allocpath.cdt;

/**
 * The per-file time limit, as seen from inside the parse thread. The watchdog (the thread that
 * waits for the parse) calls {@link #expire()}; the parse thread notices at its next
 * {@link #check()} (content-provider callbacks, every visited AST node) and CDT's own parser and
 * preprocessor stop at their next token through the canceller CDT registers.
 */
final class ParseDeadline {
  private volatile boolean expired;
  private volatile Runnable canceller;

  /** Throws {@link ParseTimeoutError} once the limit has passed. Cheap: one volatile read. */
  void check() {
    if (expired) {
      throw new ParseTimeoutError();
    }
  }

  boolean expired() {
    return expired;
  }

  /** Marks the limit as passed and asks CDT to stop, if a parse is running. */
  void expire() {
    expired = true;
    Runnable cancel = canceller;
    if (cancel != null) {
      cancel.run();
    }
  }

  /** Registered by CDT when a parse starts (null when it ends). */
  void setCanceller(Runnable cancel) {
    canceller = cancel;
    if (cancel != null && expired) {
      cancel.run();
    }
  }
}
