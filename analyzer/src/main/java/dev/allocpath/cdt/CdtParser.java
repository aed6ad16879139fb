package dev.allocpath.cdt;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.ParseError;
import org.eclipse.core.runtime.CoreException;

/**
 * Parses one {@link CompileUnit} with Eclipse CDT and returns its {@link UnitFacts}; the AST is
 * dropped before returning. The only class that talks to CDT's languages.
 *
 * <p>Thread-safe: one instance serves all parse threads and shares its {@link HeaderCache}.
 * Each parse runs on a fresh daemon thread with a {@value #STACK_MEGABYTES} MB stack under a
 * per-file time limit (see {@link BoundedRunner} for how the limit stops work and its limits).
 * Nothing a parse meets escapes as an exception: unreadable or binary files, parser crashes
 * (stack overflow included) and timeouts become notifications on otherwise empty facts.
 *
 * <p>What the parser sees: the unit's source, project files under the root (never through a
 * symlink that leads out of it), the unit's generated files, and the compat prelude: compiler
 * macros ({@link CompilerPrelude}) and, for C++, declarations of common {@code std} templates so
 * that {@code std::lock_guard<std::mutex> l(m);} is not misread as an expression. System
 * headers are never read; their absence is expected and not reported.
 */
public final class CdtParser {
  /** Per-file limit when none is given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  static final int STACK_MEGABYTES = 256;

  /** Larger files are not read (reported as too large); whatever they include is never seen. */
  public static final long MAX_FILE_BYTES = SourceReader.MAX_FILE_BYTES;

  /** Where the compat headers pretend to live (nothing is written there). */
  private static final String PRELUDE_DIRECTORY = ".allocpath-prelude";

  /**
   * Image locations stay on (CDT computes them unless {@code OPTION_NO_IMAGE_LOCATIONS}): they
   * tell a callee written in a macro body from one passed as a macro argument. Inactive code is
   * not parsed, so dead {@code #if} branches produce no facts. Trivial expressions in aggregate
   * initializers (big constant tables) are skipped, which saves work and loses no fact.
   */
  private static final int OPTIONS = ILanguage.OPTION_SKIP_TRIVIAL_EXPRESSIONS_IN_AGGREGATE_INITIALIZERS;

  private final HeaderCache cache = new HeaderCache();
  private final FactInterner interner = new FactInterner();
  private final SharedMacros macros = new SharedMacros();
  private final HeaderReuse reuse;
  private final ProjectContentProvider.SharedContents contents =
      new ProjectContentProvider.SharedContents();
  private final ConcurrentHashMap<Path, Path> realRoots = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Path, ProjectFileNames> fileNames = new ConcurrentHashMap<>();
  private final BoundedRunner runner;
  private volatile List<Path> sdkRoots = List.of();
  private volatile ParseCosts costs = new ParseCosts(false);
  private final Duration timeLimit;

  public CdtParser() {
    this(DEFAULT_TIME_LIMIT);
  }

  /** @param timeLimit time allowed per unit (parse and extraction) before it is skipped */
  public CdtParser(Duration timeLimit) {
    this(timeLimit, STACK_MEGABYTES * 1024L * 1024L);
  }

  /** With another stack size for the parse threads (tests use a small one to provoke overflow). */
  CdtParser(Duration timeLimit, long stackBytes) {
    this(timeLimit, stackBytes, HeaderReuse.fromSystemProperty());
  }

  /** With header reuse switched on or off regardless of the system property (tests compare both). */
  CdtParser(boolean headerReuse) {
    this(DEFAULT_TIME_LIMIT, STACK_MEGABYTES * 1024L * 1024L, new HeaderReuse(headerReuse));
  }

  private CdtParser(Duration timeLimit, long stackBytes, HeaderReuse reuse) {
    this.reuse = reuse;
    this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
    }
    this.runner = new BoundedRunner(stackBytes, timeLimit);
  }

  /**
   * Lets every parse read the headers of an ESP-IDF SDK outside the project ({@code --idf-path});
   * what is located there is not reported, like the prelude. Null leaves the parser as it is.
   */
  public CdtParser readingSdk(Path idfPath) {
    sdkRoots = idfPath == null ? List.of() : List.of(UnitFiles.normalise(idfPath));
    return this;
  }

  /** Makes every later parse measure where its time goes ({@link #costSummary()}); off by default. */
  public CdtParser measuring(boolean on) {
    costs = new ParseCosts(on);
    return this;
  }

  /**
   * What the parses measured since {@link #measuring} was switched on, as one line for the phase
   * log; null when not measuring.
   */
  public String costSummary() {
    return costs.summary(reuse.skips().reparsedCount());
  }

  /** Where every parse of this parser shares equal facts (header code repeats across units). */
  public FactInterner interner() {
    return interner;
  }

  /** Header facts shared by the parses of this parser (package-private: tests read its counts). */
  HeaderReuse headerReuse() {
    return reuse;
  }

  /** The header cache shared by every parse of this parser. */
  public HeaderCache headerCache() {
    return cache;
  }

  /**
   * @param unit what to parse and with which flags
   * @param projectRoot every file outside it is invisible to the parser; paths in the facts are
   *     relative to it
   */
  public UnitFacts parse(CompileUnit unit, Path projectRoot) {
    Path root = UnitFiles.normalise(projectRoot);
    Path realRoot = realRoots.computeIfAbsent(root, CdtParser::realPath);
    String unitPath = relative(root, unit.source());
    String threadName = "allocpath-parse " + unitPath;
    BoundedRunner.Outcome<UnitFacts> outcome;
    try {
      outcome = runner.run(threadName, deadline -> parseNow(unit, root, realRoot, unitPath, deadline));
    } catch (RuntimeException | OutOfMemoryError e) {
      // No thread could be started (out of native threads or memory): report, do not crash.
      return failure(unit, root, unitPath, e);
    }
    if (outcome instanceof BoundedRunner.Outcome.Done<UnitFacts> done) {
      return done.value();
    }
    if (outcome instanceof BoundedRunner.Outcome.Failed<UnitFacts> failed) {
      return failure(unit, root, unitPath, failed.error());
    }
    return timedOut(unit, root, unitPath);
  }

  private UnitFacts timedOut(CompileUnit unit, Path root, String unitPath) {
    return onlyProblem(unit, root, unitPath, "parse-timeout",
        "skipped: parsing took longer than the per-file limit of " + seconds(timeLimit));
  }

  /**
   * Parses with header skipping when it is on; a unit whose skips fail their checks after the
   * parse ({@link HeaderSkips.Miss}) is parsed again reading every header.
   */
  private UnitFacts parseNow(
      CompileUnit unit, Path root, Path realRoot, String unitPath, ParseDeadline deadline) {
    if (reuse.skipping()) {
      try {
        return parseOnce(unit, root, realRoot, unitPath, deadline, true);
      } catch (RuntimeException skipFailed) {
        // A Miss, or anything else going wrong with skipped headers: the full parse decides.
        reuse.skips().countReparse();
      }
    }
    return parseOnce(unit, root, realRoot, unitPath, deadline, false);
  }

  private UnitFacts parseOnce(CompileUnit unit, Path root, Path realRoot, String unitPath,
      ParseDeadline deadline, boolean skipping) {
    UnitFiles files = new UnitFiles(root, realRoot, cache, unit.virtualFiles(), sdkRoots);
    Path source = UnitFiles.normalise(unit.source());
    String mainKey = UnitFiles.key(source);
    SourceText main = mainText(unit, source);
    if (!main.isText()) {
      return unusableMain(unit, unitPath, main);
    }
    files.registerMain(mainKey, main, cache.isKept(source, main));
    List<Path> prelude = new ArrayList<>();
    if (unit.language() == Language.CXX) {
      Path stdTemplates = root.resolve(PRELUDE_DIRECTORY).resolve("std-templates.hpp");
      files.addInternal(stdTemplates, CompilerPrelude.stdTemplates());
      prelude.add(stdTemplates);
    }
    prelude.addAll(CompilerPrelude.generatedHeaders(unit, root));
    ScannerSetup setup = ScannerSetup.of(unit, file -> files.exists(UnitFiles.key(file)), prelude);
    ILanguage language = unit.language() == Language.C ? GCCLanguage.getDefault() : GPPLanguage.getDefault();
    UnitReuse unitReuse = !reuse.enabled() ? null
        : skipping ? new UnitReuse(reuse, unit.language(), unitPath, mainKey, includeSetup(unit, setup), main, files)
        : new UnitReuse(reuse, unit.language(), unitPath, mainKey);
    ParseCosts measured = costs;
    long start = measured.now();
    IASTTranslationUnit ast;
    try {
      ast = language.getASTTranslationUnit(
          FileContent.create(mainKey, true, main.chars()),
          setup.info(),
          new ProjectContentProvider(files, deadline, contents, unitReuse, measured),
          null,
          OPTIONS,
          new ProjectContentProvider.CancellingLog(deadline));
    } catch (CoreException e) {
      throw new IllegalStateException(e);
    }
    if (ast == null) {
      // CDT gives up without an AST when the unit passes the token limit (see ParserLimits).
      return onlyProblem(unit, root, unitPath, "parse-error", "skipped: more than "
          + ParserLimits.MAX_TOKENS + " tokens after preprocessing (an exploding macro?)");
    }
    long parsed = measured.now();
    try {
      Locations locations = new Locations(files);
      FactSink sink = new FactSink(interner);
      WalkContext context = new WalkContext(unit.language(), locations, sink, deadline);
      ProjectFileNames names = fileNames.computeIfAbsent(root, ProjectFileNames::new);
      FactExtractor.standard(
              new MacroCollector(setup.commandLineMacros(), macros, files),
              new ProblemCollector(files, names::contains, unitPath))
          .extract(ast, context, unitReuse, unitReuse == null ? null : new DeclaredNames(unitReuse::identity));
      return sink.build(unitPath, unit.component(), main.lineCount(), includedFiles(files, mainKey, locations));
    } finally {
      // Counted also when the extraction gives up on a skip: that parse was work done.
      measured.parsed(start, parsed);
    }
  }

  /**
   * What decides how the unit's {@code #include}s resolve: its language, include paths, forced
   * includes, its generated files and the SDK roots. Units that agree on it may share skips.
   */
  private HeaderSkips.Setup includeSetup(CompileUnit unit, ScannerSetup setup) {
    Hash128 hash = new Hash128().add(unit.language().ordinal());
    var info = setup.info();
    for (String[] list : new String[][] {info.getIncludePaths(), info.getLocalIncludePath(),
        info.getIncludeFiles(), info.getMacroFiles()}) {
      hash.add(list == null ? -1 : list.length);
      if (list != null) {
        for (String item : list) {
          hash.add(item);
        }
      }
    }
    unit.virtualFiles().keySet().stream().map(p -> UnitFiles.normalise(p).toString()).sorted().forEach(hash::add);
    sdkRoots.forEach(r -> hash.add(r.toString()));
    return new HeaderSkips.Setup(hash.first(), hash.second());
  }

  private SourceText mainText(CompileUnit unit, Path source) {
    for (var entry : unit.virtualFiles().entrySet()) {
      if (UnitFiles.normalise(entry.getKey()).equals(source)) {
        return SourceReader.ofString(entry.getValue());
      }
    }
    return cache.mainText(source);
  }

  private static List<String> includedFiles(UnitFiles files, String mainKey, Locations locations) {
    List<String> included = new ArrayList<>();
    for (String key : files.servedKeys()) {
      if (!key.equals(mainKey) && !files.isInternal(key)) {
        included.add(locations.relative(key));
      }
    }
    included.sort(null);
    return included;
  }

  private UnitFacts unusableMain(CompileUnit unit, String unitPath, SourceText main) {
    boolean binary = main.status() == SourceText.Status.BINARY;
    return empty(unit, unitPath, 0, new Notification(
        Severity.WARNING,
        binary ? "binary-file" : "unreadable-file",
        binary ? "skipped: binary content (NUL bytes), not C or C++ source" : "skipped: cannot read (" + main.detail() + ")",
        SourceLocation.ofFile(unitPath)));
  }

  private UnitFacts failure(CompileUnit unit, Path root, String unitPath, Throwable error) {
    if (error instanceof ParseTimeoutError
        || error instanceof ParseError parseError
            && parseError.getErrorKind() == ParseError.ParseErrorKind.TIMEOUT_OR_CANCELLED) {
      return timedOut(unit, root, unitPath);
    }
    String why = error instanceof StackOverflowError
        ? "nested too deeply for the parser"
        : error instanceof OutOfMemoryError
            ? "out of memory while parsing"
            : "parser failed (" + error.getClass().getSimpleName() + ")";
    return onlyProblem(unit, root, unitPath, "parse-error", "skipped: " + why);
  }

  private UnitFacts onlyProblem(CompileUnit unit, Path root, String unitPath, String kind, String message) {
    SourceText main = mainText(unit, UnitFiles.normalise(unit.source()));
    return empty(unit, unitPath, main.isText() ? main.lineCount() : 0,
        new Notification(Severity.WARNING, kind, message, SourceLocation.ofFile(unitPath)));
  }

  private static UnitFacts empty(CompileUnit unit, String unitPath, int lineCount, Notification problem) {
    return new UnitFacts(unitPath, unit.component(), lineCount, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(problem), List.of(), List.of());
  }

  private static String relative(Path root, Path file) {
    return root.relativize(UnitFiles.normalise(file)).toString().replace(java.io.File.separatorChar, '/');
  }

  private static Path realPath(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException | SecurityException e) {
      return root;
    }
  }

  private static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }
}
