package dev.allocpath.cdt;

import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.internal.core.util.ICancelable;
import org.eclipse.cdt.internal.core.util.ICanceler;

/**
 * A silent CDT log service that also lets the time limit stop a running parse. CDT's
 * {@code AbstractCLikeLanguage} hands a log service that implements {@link ICanceler} an
 * {@link ICancelable} wired to {@code parser.cancel()} and {@code scanner.cancel()}; the parser
 * then throws a {@code ParseError(TIMEOUT_OR_CANCELLED)} at its next token.
 *
 * <p>{@code ICanceler} is internal CDT API (pinned version); besides {@link ProjectContentProvider}
 * this is the only class that uses internal CDT types.
 */
final class CancellingLog implements IParserLogService, ICanceler {
  private final ParseDeadline deadline;
  private volatile boolean canceled;

  CancellingLog(ParseDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void traceLog(String message) {
    // CDT's traces are of no use to the user; problems are read from the AST instead.
  }

  @Override
  public boolean isTracing() {
    return false;
  }

  @Override
  public void setCancelable(ICancelable cancelable) {
    deadline.setCanceller(cancelable == null ? null : cancelable::cancel);
  }

  @Override
  public void setCanceled(boolean value) {
    canceled = value;
    if (value) {
      deadline.expire();
    }
  }

  @Override
  public boolean isCanceled() {
    return canceled || deadline.expired();
  }
}
