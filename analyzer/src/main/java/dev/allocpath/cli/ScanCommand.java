package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Rule;
import dev.allocpath.config.ProjectConfig;
import dev.allocpath.engine.Baseline;
import dev.allocpath.model.ProjectModel;
import dev.allocpath.report.AtomicOutput;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.AnalysisScope;
import dev.allocpath.engine.ChangedLines;
import dev.allocpath.engine.PhaseLog;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import dev.allocpath.engine.TouchedLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code allocpath scan}: analyse a project and report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = AllocpathCommand.Version.class,
    description = "Scans the ESP-IDF components of a project: builds the component model from "
        + "CMakeLists.txt, parses exactly the C/C++ they compile, and reports allocation paths into internal RAM.",
    footerHeading = ExitCode.HELP,
    footer = {
      "Files that could not be analysed are listed on stderr and in the SARIF run's",
      "toolExecutionNotifications; they do not change the exit code.",
      "",
      "Examples:",
      "  allocpath scan",
      "  allocpath scan firmware/ --format sarif --output allocpath.sarif --category firmware",
      "  allocpath scan --fail-on error"
    })
final class ScanCommand implements Callable<Integer> {
  enum Format { text, sarif, json, html }

  enum Color { auto, always, never }

  /** SARIF category of narrowed runs when --category is not given (see {@link #sarifCategory}). */
  static final String CHANGED_CATEGORY = "allocpath-changed";

  @Parameters(arity = "0..*", paramLabel = "PROJECT_DIR|FILE",
      description = {"The ESP-IDF project to scan (default: the current directory).",
          "Files given here narrow the report like --files (this is how pre-commit passes them)."})
  List<Path> positionals = new ArrayList<>();

  private Path project = Path.of(".");

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

  @Option(names = "--with-main", description = "Also analyse main/, which ESP-IDF builds as a component like the others (skipped by default; config: components.main: true).")
  boolean withMain;

  @Option(names = "--with-managed", description = "Also analyse managed_components/, the components the IDF Component Manager downloaded (skipped by default; config: components.managed: true).")
  boolean withManaged;

  @Option(names = "--exclude", paramLabel = "NAME", description = "Leave out a component by name or a project-relative path (repeatable).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--compile-commands", paramLabel = "FILE", description = "Compile database whose flags win over the CMake model (default: build/compile_commands.json when present).")
  Path compileCommands;

  @Option(names = "--allow-outside-root", description = "Read sources and headers outside the project directory when the build points there.")
  boolean allowOutsideRoot;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per core, at most 4).")
  Integer threads;

  @Option(names = "--parse-timeout", paramLabel = "SECONDS", description = "Give up on a file after this long and report it as skipped (default: ${DEFAULT-VALUE}).")
  long parseTimeoutSeconds = 10;

  @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal).")
  Color color = Color.auto;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: PROJECT_DIR/.allocpath.yml when present).")
  Path config;

  @Option(names = "--files", arity = "1..*", paramLabel = "FILE", description = "Report only findings in these files (as pre-commit passes them). Only the components these files can affect are parsed (see --whole-project). A CMakeLists.txt stands for its component.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--whole-project", description = "With --files or --changed-since, still parse every unit (by default only the components the changed files can affect are parsed; the findings in those files are the same).")
  boolean wholeProject;

  @Option(names = "--changed-since", paramLabel = "REV", description = "Report only findings in files changed since this git revision (e.g. origin/main).")
  String changedSince;

  @Option(names = "--diff-lines", paramLabel = "FILE|-", description = "Report only findings on lines this unified diff adds or changes (e.g. git diff -U0 origin/main | allocpath scan --diff-lines -); a touched flow step or related location counts too.")
  String diffLines;

  @Option(names = "--staged-lines", description = "Like --diff-lines, with the staged changes (git diff --cached): the pre-commit hook's default.")
  boolean stagedLines;

  @Option(names = "--absolute-paths", description = "Text report: absolute file paths (default: relative to the current directory, as compilers print them).")
  boolean absolutePaths;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out findings recorded in this baseline (matched by a fingerprint that survives line moves).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record the current findings as the baseline and exit 0.")
  Path writeBaseline;

  @Option(names = "--include-suppressed", description = "Also write suppressed findings, marked as suppressed (GitHub ignores SARIF suppressions and would show them as open alerts).")
  boolean includeSuppressed;

  @Option(names = "--summary", description = "End the text report with per-class totals, the redirect table and the internal-RAM budget (JSON, HTML and SARIF always have them).")
  boolean summary;

  @Option(names = "--per", paramLabel = "CLASS", description = "A root class of the internal-RAM bill's per-instance part (repeatable; default: the classes with the largest figure; config key budget-per).")
  List<String> perClasses = new ArrayList<>();

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep parsed facts here between runs; unchanged files (same bytes, flags, headers and tool version) are not parsed again.")
  Path cacheDir;

  @Option(names = "--timing", description = "End the text report with how long the run took (without it the report is the same bytes on every run).")
  boolean timing;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  /** --sdkconfig, --target, --idf-version, --idf-path, -D, --define (issue 13). */
  @CommandLine.Mixin SdkArguments sdkArguments = new SdkArguments();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The model, once built: a run that fails after it still reports its coverage in SARIF. */
  private ProjectModel failureModel;
  /** More threads than this only adds memory: the machines this runs on have a few cores. */
  static final int MAX_THREADS = 256;
  /** A day: a longer per-file limit is a typo, and the arithmetic on it must not overflow. */
  static final long MAX_PARSE_TIMEOUT_SECONDS = 86_400;

  /** Set while the report itself is written: a failure there cannot be reported in that file. */
  private boolean writingReport;

  @Override
  public Integer call() throws Exception {
    try {
      return scan();
    } catch (UsageException e) {
      reportFailureInSarif(e);
      throw e;
    } catch (IllegalArgumentException e) {
      // Readers of user-named inputs (the baseline) report a bad file this way: exit code 2 too.
      UsageException usage = new UsageException(e.getMessage());
      reportFailureInSarif(usage);
      throw usage;
    }
  }

  /** {@code make} asked once, on first use (only the command's own thread calls it). */
  private static <T> Supplier<T> memoized(Supplier<T> make) {
    return new Supplier<>() {
      private T made;
      private boolean done;

      @Override
      public T get() {
        if (!done) {
          made = make.get();
          done = true;
        }
        return made;
      }
    };
  }

  private int scan() throws Exception {
    PhaseLog.mark("scan start");
    Severity threshold = parseFailOn();
    splitPositionals();
    if (!Files.isDirectory(project)) {
      throw new UsageException("project directory does not exist: " + project
          + " (give the directory that holds the project's top-level CMakeLists.txt)");
    }
    if (parseTimeoutSeconds < 1 || parseTimeoutSeconds > MAX_PARSE_TIMEOUT_SECONDS) {
      throw new UsageException("--parse-timeout " + parseTimeoutSeconds + ": give a number of seconds from 1 to "
          + MAX_PARSE_TIMEOUT_SECONDS + " (default 10)");
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new UsageException("--threads " + threads + ": give a number of threads from 1 to " + MAX_THREADS
          + " (default: one per core, at most 4)");
    }
    Path root = project.toAbsolutePath().normalize();
    if (sourceRoot != null && !root.startsWith(sourceRoot.toAbsolutePath().normalize())) {
      throw new UsageException("--source-root " + sourceRoot + " does not contain the project directory "
          + project + ": give the repository root that holds the project (or leave it out)");
    }
    RuleCatalog catalog = new RuleCatalog();
    List<Rule> allRules = catalog.rules();
    List<Notification> inputNotes = new ArrayList<>();
    ProjectConfig projectConfig = ConfigLoader.load(root, config, allRules, inputNotes);
    List<String> roots = !componentRoots.isEmpty() ? componentRoots
        : !projectConfig.componentRoots().isEmpty() ? projectConfig.componentRoots() : List.of("components");
    roots = dev.allocpath.cmake.ModelOptions.rootsWith(roots, withMain || projectConfig.flag("components.main"),
        withManaged || projectConfig.flag("components.managed"));
    List<String> excluded = new ArrayList<>(projectConfig.excludes());
    excluded.addAll(excludes);
    ScanOptions options = new ScanOptions(
        List.copyOf(roots),
        List.copyOf(excluded),
        compileCommands,
        allowOutsideRoot,
        threads == null ? ScanOptions.defaultThreads() : threads,
        Duration.ofSeconds(parseTimeoutSeconds),
        perClasses.isEmpty() ? projectConfig.settings()
            : Settings.withList(projectConfig.settings(), "budget-per", perClasses),
        enabledLevels(projectConfig, allRules),
        cacheDir == null ? null : cacheDir.toAbsolutePath().normalize());
    List<Rule> rules = allRules.stream().filter(r -> projectConfig.enabled(r.info().id())).toList();
    Baseline known = baseline == null ? null : Baseline.read(baseline);
    ProjectScanner scanner = new ProjectScanner(options, rules, catalog.reports())
        .withProgress(ProgressLine.forTerminal(spec.commandLine().getErr()))
        .withSdk(sdkArguments.resolve(projectConfig, root, System.getenv()));
    TouchedLines touched = ChangedLinesInput.read(root, diffLines, stagedLines, changedSince);
    if (touched != null) {
      touched.files().forEach(f -> files.add(root.resolve(f)));
    }
    ProjectModel model = scanner.buildModel(root);
    PhaseLog.mark("project model built");
    failureModel = model;
    EmptyScanCheck.check(model, project.toString());
    // The scope reads every source of the project for its includes: made once, and only when asked.
    Supplier<Optional<AnalysisScope>> projectScope = memoized(() -> AnalysisScope.of(model));
    List<Notification> namedFileNotes = files.isEmpty() ? List.of() : NamedFilesCheck.check(model, files, projectScope);
    ChangedFiles changed = files.isEmpty() && changedSince == null && touched == null ? null
        : changedSince != null ? ChangedFiles.since(root, changedSince) : ChangedFiles.of(root, files);
    Optional<AnalysisScope> scope = changed == null || !narrowable() ? Optional.empty() : projectScope.get();
    Optional<Set<String>> narrowed = scope.flatMap(s -> s.componentsFor(changed.paths()));
    AnalysisResult result = narrowed.isPresent()
        ? scanner.scanPart(scope.get().restrictedTo(narrowed.get()))
        : scanner.scan(model);
    if (known != null) {
      result = known.apply(result);
    }
    if (changed != null) {
      changed.withComponents(model.components(), root);
      result = touched != null ? result : changed.filter(result);
      Set<String> context = narrowed.isPresent() ? messageContext(result, rules, options.settings()) : Set.of();
      if (!context.isEmpty()) {
        // A finding's message names other components: parse those too (the units already
        // parsed are not parsed again), so the text is the one a whole-project scan gives.
        result = scanner.scanPart(scope.get().restrictedTo(scope.get().widenedBy(narrowed.get(), context)));
        if (known != null) {
          result = known.apply(result);
        }
        result = touched != null ? result : changed.filter(result);
      }
    }
    result = result.withMoreNotifications(namedFileNotes);
    result = result.withMoreNotifications(inputNotes);
    if (touched != null) {
      result = ChangedLines.filter(result, touched, changed::inChangedComponent);
    }
    var displayPaths = DisplayPaths.of(root, Path.of(""), absolutePaths);
    printNotifications(result.notifications(), displayPaths);
    if (writeBaseline != null) {
      writeBaselineFile(result);
      return ExitCode.CLEAN;
    }
    AnalysisResult shown = includeSuppressed ? result : result.withFindings(result.findings(), List.of());
    writingReport = true;
    new ReportOutput(spec.commandLine().getOut(), useColor(), summary)
        .withTiming(timing)
        .withPaths(displayPaths)
        .write(shown, format.name(), output, new ReportOutput.SarifSettings(sarifCategory(), sourceRoot, embedRoot));
    writingReport = false;
    PhaseLog.mark("report written");
    long failing = threshold == null ? 0
        : result.findings().stream().filter(f -> f.level().atLeast(threshold)).count();
    return failing > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /**
   * A narrowed run's SARIF gets a category of its own unless one is given: uploaded under the
   * full scan's category it would replace, and so close, every alert outside the changed files.
   */
  private String sarifCategory() {
    boolean narrowed = !files.isEmpty() || changedSince != null || diffLines != null || stagedLines;
    return category == null && narrowed ? CHANGED_CATEGORY : category;
  }

  /** The message-context macros of the rules that reported a finding in {@code result}. */
  private static Set<String> messageContext(AnalysisResult result, List<Rule> rules, Settings settings) {
    Set<String> reported = new HashSet<>();
    result.findings().forEach(f -> reported.add(f.ruleId()));
    result.suppressed().forEach(s -> reported.add(s.finding().ruleId()));
    Set<String> macros = new HashSet<>();
    for (Rule rule : rules) {
      if (reported.contains(rule.info().id())) {
        macros.addAll(rule.messageContextMacros(settings));
      }
    }
    return macros;
  }

  /**
   * Whether a narrowed run may parse only part of the project: not when asked for the whole
   * project, and not for outputs built from project-wide summaries (the budget in JSON and HTML,
   * the text summary tables).
   */
  private boolean narrowable() {
    return !wholeProject && !summary && (format == Format.text || format == Format.sarif);
  }

  /**
   * A run that cannot start (bad config, missing project) still replaces the SARIF file, with no
   * results, {@code executionSuccessful: false} and the cause as an error notification: a CI upload
   * step then shows why, instead of stale results from an earlier run.
   */
  private void reportFailureInSarif(UsageException e) {
    if (writingReport) {
      return;
    }
    FailedRunReport.write(spec.commandLine().getOut(), format.name(), project, output,
        new ReportOutput.SarifSettings(category, sourceRoot, embedRoot), e.getMessage(), e.file(),
        failureModel == null ? dev.allocpath.model.Coverage.unknown() : failureModel.coverage());
  }

  /** One directory is the project; regular files join --files; anything else is a mistake. */
  private void splitPositionals() {
    List<Path> dirs = new ArrayList<>();
    for (Path p : positionals) {
      if (Files.isDirectory(p)) {
        dirs.add(p);
      } else if (Files.isRegularFile(p) || p.getFileName().toString().equals("CMakeLists.txt")) {
        files.add(p);
      } else if (positionals.size() == 1) {
        throw new UsageException("project directory does not exist: " + p
            + " (give the directory that holds the project's top-level CMakeLists.txt)");
      }
      // A deleted file passed by a hook has no findings to report: nothing to do.
    }
    if (dirs.size() > 1) {
      throw new UsageException("more than one project directory given: " + dirs
          + " (scan one project per run; files to report on go after it or after --files)");
    }
    if (!dirs.isEmpty()) {
      project = dirs.get(0);
    } else if (!files.isEmpty()) {
      // A hook passes only files: their ESP-IDF project is found above them.
      ProjectLocator.of(files, Path.of("")).ifPresent(found -> project = found);
    }
  }

  private static java.util.Map<String, Severity> enabledLevels(ProjectConfig config, List<Rule> rules) {
    java.util.Map<String, Severity> levels = new java.util.TreeMap<>();
    config.ruleLevels().forEach((id, level) -> {
      if (level != null) {
        levels.put(id, level);
      }
    });
    return levels;
  }

  private void writeBaselineFile(AnalysisResult result) {
    try {
      AtomicOutput.write(writeBaseline,
          out -> out.write(Baseline.render(result.findings()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new UsageException(e.getMessage());
    }
    spec.commandLine().getErr().println("allocpath: wrote " + result.findings().size()
        + " findings to baseline " + writeBaseline);
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
  private void printNotifications(List<Notification> notifications, java.util.function.UnaryOperator<String> paths) {
    var err = spec.commandLine().getErr();
    for (Notification n : notifications) {
      // The count of findings changed-lines mode left out is a note, but a hook must show it.
      if (n.level().atLeast(Severity.WARNING) || n.kind().equals(ChangedLines.LEFT_OUT_KIND)) {
        Notification shown = n.location() == null ? n
            : new Notification(n.level(), n.kind(), n.message(), n.location().withPath(paths.apply(n.location().path())));
        err.println(shown.toLine());
      }
    }
    err.flush();
  }
}
