package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code allocpath scan}: analyse a project and report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = AllocpathCommand.Version.class,
    description = {
      "Scans the ESP-IDF components of a project: builds the component model from CMakeLists.txt,",
      "parses exactly the C/C++ they compile, and reports allocation paths into internal RAM."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  nothing at or above --fail-on was found",
      "  1  findings at or above --fail-on",
      "  2  usage or input error (bad option or config, missing project, unwritable output)",
      "  3  internal error (rerun with --debug and report it)",
      "",
      "Files that could not be analysed are listed on stderr and in the SARIF run's",
      "toolExecutionNotifications; they do not change the exit code.",
      "",
      "Examples:",
      "  allocpath scan",
      "  allocpath scan firmware/ --format sarif --output allocpath.sarif --category firmware",
      "  allocpath scan --fail-on error"
    })
final class ScanCommand implements Callable<Integer> {
  enum Format { text, sarif }

  enum Color { auto, always, never }

  @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR",
      description = "The ESP-IDF project to scan (default: the current directory).")
  Path project = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output (written whole or not at all).")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit with 1 when a finding is at or above this level: note, warning, error or never (default: ${DEFAULT-VALUE}).")
  String failOn = "warning";

  @Option(names = "--category", paramLabel = "ID", description = "SARIF automationDetails.id (GitHub code scanning category).")
  String category;

  @Option(names = "--source-root", paramLabel = "DIR", description = "Make SARIF paths relative to this directory (the repository root); default: the project directory.")
  Path sourceRoot;

  @Option(names = "--embed-root", description = "Write the absolute project root into the SARIF file (helps IDE viewers; output becomes machine-specific).")
  boolean embedRoot;

  @Option(names = "--component-root", paramLabel = "DIR", description = "A directory whose subdirectories are components (repeatable; default: components).")
  List<String> componentRoots = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "NAME", description = "Leave out a component by name or a project-relative path (repeatable).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--compile-commands", paramLabel = "FILE", description = "Compile database whose flags win over the CMake model (default: build/compile_commands.json when present).")
  Path compileCommands;

  @Option(names = "--allow-outside-root", description = "Read sources and headers outside the project directory when the build points there.")
  boolean allowOutsideRoot;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: cores - 1, at least 1).")
  Integer threads;

  @Option(names = "--parse-timeout", paramLabel = "SECONDS", description = "Give up on a file after this long and report it as skipped (default: ${DEFAULT-VALUE}).")
  long parseTimeoutSeconds = 10;

  @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal).")
  Color color = Color.auto;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Severity threshold = parseFailOn();
    if (!Files.isDirectory(project)) {
      throw new UsageException("project directory does not exist: " + project);
    }
    if (parseTimeoutSeconds < 1) {
      throw new UsageException("--parse-timeout must be at least 1 second");
    }
    ScanOptions options = new ScanOptions(
        componentRoots.isEmpty() ? List.of("components") : List.copyOf(componentRoots),
        List.copyOf(excludes),
        compileCommands,
        allowOutsideRoot,
        threads == null ? ScanOptions.defaultThreads() : Math.max(1, threads),
        Duration.ofSeconds(parseTimeoutSeconds),
        Settings.defaults());
    AnalysisResult result = new ProjectScanner(options, new RuleCatalog().rules()).scan(project);
    printNotifications(result.notifications());
    new ReportOutput(spec.commandLine().getOut(), useColor()).write(result, format.name(), output,
        new ReportOutput.SarifSettings(category, sourceRoot, embedRoot));
    long failing = threshold == null ? 0
        : result.findings().stream().filter(f -> f.level().atLeast(threshold)).count();
    return failing > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private Severity parseFailOn() {
    if (failOn.equalsIgnoreCase("never")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: unknown level '" + failOn + "' (allowed: note, warning, error, never)");
    }
  }

  private boolean useColor() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> System.console() != null && output == null && System.getenv("NO_COLOR") == null;
    };
  }

  /** One line per problem on stderr, so a hook or CI log shows what was not analysed. */
  private void printNotifications(List<Notification> notifications) {
    var err = spec.commandLine().getErr();
    for (Notification n : notifications) {
      if (n.level().atLeast(Severity.WARNING)) {
        err.println(n.toLine());
      }
    }
    err.flush();
  }
}
