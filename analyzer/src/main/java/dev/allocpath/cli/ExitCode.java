package dev.allocpath.cli;

/** The documented exit codes; README and --help list the same. */
public final class ExitCode {
  private ExitCode() {}

  /** Nothing at or above --fail-on was found. */
  public static final int CLEAN = 0;
  /** At least one finding at or above --fail-on. */
  public static final int FINDINGS = 1;
  /** Bad usage or input the scan cannot start from: options, config, project dir, output path. */
  public static final int USAGE = 2;
  /** A bug in allocpath itself; rerun with --debug for the stack trace. */
  public static final int INTERNAL = 3;

  /** The exit codes as --help prints them (picocli footer; %n is its line break). */
  static final String HELP = "%nExit codes:%n"
      + "  0  nothing at or above --fail-on was found%n"
      + "  1  findings at or above --fail-on%n"
      + "  2  usage or input error (bad option or config, missing project, unwritable output)%n"
      + "  3  internal error (rerun with --debug and report it)%n%n";
}
