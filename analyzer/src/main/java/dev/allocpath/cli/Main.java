package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import picocli.CommandLine;

/** Entry point of the {@code allocpath} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this in-process). */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Same, with the output and error streams given (null: the process's own). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new AllocpathCommand());
    if (out != null) {
      line.setOut(out);
    }
    if (err != null) {
      line.setErr(err);
    }
    line.setExecutionExceptionHandler(new OneLineErrors());
    line.setParameterExceptionHandler((ex, argv) -> {
      ex.getCommandLine().getErr().println(Notification.oneLine("allocpath: " + ex.getMessage()));
      FailedRunReport.writeFromArguments(argv, ex.getCommandLine().getOut(), ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'allocpath " + commandName(ex.getCommandLine()) + "--help'.");
      return ExitCode.USAGE;
    });
    try {
      return line.execute(args);
    } catch (VirtualMachineError e) {
      // Picocli hands only Exceptions to OneLineErrors; an Error would end the JVM with a trace.
      boolean debug = java.util.Arrays.asList(args).contains("--debug");
      String what = e instanceof OutOfMemoryError ? "out of memory (give the JVM more with -Xmx)"
          : e instanceof StackOverflowError ? "stack overflow" : e.toString();
      line.getErr().println("allocpath: internal error: " + what + " (rerun with --debug for details)");
      if (debug) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return ExitCode.INTERNAL;
    }
  }

  private static String commandName(CommandLine line) {
    return line.getParent() == null ? "" : line.getCommandName() + " ";
  }
}
