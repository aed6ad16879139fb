package dev.allocpath.cdt;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one parse on a fresh daemon thread with a large stack and a time limit.
 *
 * <p>Why a thread of its own: CDT's parser and our AST walk recurse once per nesting level, so
 * pathological input (thousands of nested parentheses) needs far more than the default 512 KB to
 * 1 MB of stack; the stack is reserved, not committed, so a large size costs little.
 *
 * <p>How the limit stops work: after {@code limit} the watchdog (the calling thread) expires the
 * {@link ParseDeadline}. CDT's parser and preprocessor are cancelled at their next token, our
 * content provider and AST walk throw at their next callback or node. The watchdog then waits a
 * short grace period. Limits of the approach: a single long step that calls none of these hooks
 * (one enormous macro expansion, one binding resolution) runs to its end; if the thread has not
 * finished within the grace period it is abandoned (it is a daemon, so it cannot keep the JVM
 * alive, but it keeps using CPU until it returns). {@code Thread.stop} is not used: it could
 * leave the shared header cache half-updated.
 */
final class BoundedRunner {
  private static final Duration GRACE = Duration.ofSeconds(2);

  private final long stackBytes;
  private final Duration limit;

  /** What became of a run. */
  sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {}

    record Failed<T>(Throwable error) implements Outcome<T> {}

    /** The limit passed; {@code abandoned} when the thread was still running after the grace. */
    record TimedOut<T>(boolean abandoned) implements Outcome<T> {}
  }

  BoundedRunner(long stackBytes, Duration limit) {
    this.stackBytes = stackBytes;
    this.limit = limit;
  }

  <T> Outcome<T> run(String threadName, Function<ParseDeadline, T> task) {
    ParseDeadline deadline = new ParseDeadline();
    AtomicReference<Outcome<T>> result = new AtomicReference<>();
    Runnable body =
        () -> {
          try {
            result.set(new Outcome.Done<>(task.apply(deadline)));
          } catch (Throwable error) {
            result.set(new Outcome.Failed<>(error));
          }
        };
    Thread worker = new Thread(null, body, threadName, stackBytes);
    worker.setDaemon(true);
    worker.start();
    boolean interrupted = false;
    try {
      worker.join(Math.max(1, limit.toMillis()));
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (!worker.isAlive() && !deadline.expired()) {
      return result.get();
    }
    deadline.expire();
    try {
      worker.join(GRACE.toMillis());
    } catch (InterruptedException e) {
      interrupted = true;
    }
    boolean abandoned = worker.isAlive();
    if (abandoned) {
      worker.interrupt();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new Outcome.TimedOut<>(abandoned);
  }
}
