package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.RuleDescriptor;
import dev.allocpath.engine.RunStats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The SARIF file of a run that could not start or finish (exit code 2): no results,
 * {@code executionSuccessful: false} and the cause as an error notification, so a CI upload step
 * shows why instead of stale results from an earlier run. Used for every exit-2 path, including
 * command lines picocli rejects before the scan command runs.
 */
final class FailedRunReport {
  private FailedRunReport() {}

  /**
   * Replaces {@code output} with the failed run when SARIF was asked for. Never throws: the
   * original error is the one the user needs, and the exit code is 2 either way.
   *
   * @param file the input at fault, project-relative when inside the project, or null
   */
  static void write(PrintWriter stdout, String format, Path project, Path output, ReportOutput.SarifSettings sarif,
      String message, String file) {
    write(stdout, format, project, output, sarif, message, file, dev.allocpath.model.Coverage.unknown());
  }

  /** {@code coverage}: what the build model found before the run failed, when it got that far. */
  static void write(PrintWriter stdout, String format, Path project, Path output, ReportOutput.SarifSettings sarif,
      String message, String file, dev.allocpath.model.Coverage coverage) {
    if (!"sarif".equals(format) || output == null) {
      return;
    }
    Path root = project.toAbsolutePath().normalize();
    // A source root that does not hold the project (maybe the very error reported) is left out.
    Path sourceRoot = sarif.sourceRoot() != null && root.startsWith(sarif.sourceRoot().toAbsolutePath().normalize())
        ? sarif.sourceRoot() : null;
    Notification failure = new Notification(Severity.ERROR, "input-error", message,
        file == null ? null : SourceLocation.ofFile(file));
    AnalysisResult nothing = new AnalysisResult(root,
        new RuleCatalog().rules().stream().map(RuleDescriptor::of).toList(),
        List.of(), List.of(failure), List.of(), "none", new RunStats(0, 0, 0), List.of(), coverage);
    try {
      new ReportOutput(stdout, false, false).write(nothing, format, output,
          new ReportOutput.SarifSettings(sarif.category(), sourceRoot, sarif.embedRoot()));
    } catch (RuntimeException unwritable) {
      // Nothing more to do: the one-line error is already the answer.
    }
  }

  /**
   * The same for a command line picocli rejected (unknown option, a value of the wrong type): the
   * few options that say where and how to write are read from the raw arguments.
   */
  static void writeFromArguments(String[] argv, PrintWriter stdout, String message) {
    String format = null;
    String output = null;
    String category = null;
    String sourceRoot = null;
    boolean embedRoot = false;
    boolean scan = false;
    Path project = Path.of(".");
    try {
      for (int i = 0; i < argv.length; i++) {
        String a = argv[i];
        String next = i + 1 < argv.length ? argv[i + 1] : null;
        if (a.equals("scan") && !scan) {
          scan = true;
        } else if (a.equals("--format") || a.equals("--output") || a.equals("-o") || a.equals("--category")
            || a.equals("--source-root")) {
          if (next == null) {
            break;
          }
          switch (a) {
            case "--format" -> format = next;
            case "--category" -> category = next;
            case "--source-root" -> sourceRoot = next;
            default -> output = next;
          }
          i++;
        } else if (a.startsWith("--format=")) {
          format = a.substring("--format=".length());
        } else if (a.startsWith("--output=")) {
          output = a.substring("--output=".length());
        } else if (a.startsWith("-o") && a.length() > 2 && !a.startsWith("--")) {
          output = a.substring(2);
        } else if (a.startsWith("--category=")) {
          category = a.substring("--category=".length());
        } else if (a.startsWith("--source-root=")) {
          sourceRoot = a.substring("--source-root=".length());
        } else if (a.equals("--embed-root")) {
          embedRoot = true;
        } else if (scan && !a.startsWith("-") && Files.isDirectory(Path.of(a))) {
          project = Path.of(a);
        }
      }
      if (!scan || output == null) {
        return;
      }
      write(stdout, format, project, Path.of(output),
          new ReportOutput.SarifSettings(category, sourceRoot == null ? null : Path.of(sourceRoot), embedRoot),
          message, null);
    } catch (InvalidPathException e) {
      // An output path the system cannot even name: nothing can be written there.
    }
  }
}
