package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import picocli.CommandLine;

/**
 * Turns failures into one line on stderr and a documented exit code. Stack traces are for
 * {@code --debug} only: users of a pre-commit hook need the cause, not our internals.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
    if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
      line.getErr().println(Notification.oneLine("allocpath: " + ex.getMessage()));
      if (debug) {
        ex.printStackTrace(line.getErr());
      }
      return ExitCode.USAGE;
    }
    line.getErr().println("allocpath: internal error: " + ex + " (rerun with --debug for details)");
    if (debug) {
      ex.printStackTrace(line.getErr());
    }
    return ExitCode.INTERNAL;
  }
}
