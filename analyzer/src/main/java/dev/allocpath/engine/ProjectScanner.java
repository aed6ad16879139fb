package dev.allocpath.engine;

import dev.allocpath.api.Report;
import dev.allocpath.api.Rule;
import dev.allocpath.cdt.CdtParser;
import dev.allocpath.cmake.ModelOptions;
import dev.allocpath.cmake.ProjectModelBuilder;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** The whole scan, from a project directory to a result: model, parse, rules. */
public final class ProjectScanner {
  private final ScanOptions options;
  private final List<Rule> rules;
  private final List<Report> reports;
  private Progress progress = Progress.NONE;
  private dev.allocpath.kconfig.SdkOptions sdk = dev.allocpath.kconfig.SdkOptions.none();
  private FactCache cache;
  private final Map<CompileUnit, UnitFacts> parsedBefore = new ConcurrentHashMap<>();

  public ProjectScanner(ScanOptions options, List<Rule> rules) {
    this(options, rules, List.of());
  }

  /** A scanner that also builds {@code reports} (e.g. the budget) after the rules. */
  public ProjectScanner(ScanOptions options, List<Rule> rules, List<Report> reports) {
    this.options = options;
    this.rules = rules;
    this.reports = reports;
  }

  /** Reports parsing progress to {@code listener} (e.g. a progress line on a terminal). */
  public ProjectScanner withProgress(Progress listener) {
    this.progress = listener;
    return this;
  }

  /** What the user says about the ESP-IDF build: sdkconfig, target, version, SDK path, defines. */
  public ProjectScanner withSdk(dev.allocpath.kconfig.SdkOptions options) {
    this.sdk = options;
    return this;
  }

  /** Scans the project at {@code root}; the directory must exist. */
  public AnalysisResult scan(Path root) {
    Path normal = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(normal)) {
      throw new IllegalArgumentException("project directory does not exist: " + root);
    }
    return scan(buildModel(normal));
  }

  public ProjectModel buildModel(Path root) {
    ModelOptions modelOptions = ModelOptions.defaults()
        .withComponentRoots(options.componentRoots())
        .withExtraExcludes(options.excludes())
        .withCompileDatabase(options.compileCommands())
        .withSdk(sdk)
        .withAllowOutsideRoot(options.allowOutsideRoot());
    return ProjectModelBuilder.build(root.toAbsolutePath().normalize(), modelOptions);
  }

  public AnalysisResult scan(ProjectModel model) {
    return scan(model, reports);
  }

  /**
   * Scans part of a project (a model narrowed to some components): no reports, and no rule
   * summaries, since both would describe only that part.
   */
  public AnalysisResult scanPart(ProjectModel part) {
    return scan(part, List.of()).withoutSummaries();
  }

  private AnalysisResult scan(ProjectModel model, List<Report> reports) {
    CdtParser parser = new CdtParser(options.parseTimeout()).readingSdk(sdk.idfPath()).measuring(PhaseLog.on());
    UnitParser units = unit -> parser.parse(unit, model.root());
    FactCache cache = options.cacheDir() == null ? null : cacheFor(model.root());
    if (cache != null) {
      units = cache.wrap(units, parser.interner());
    }
    UnitParser fresh = units;
    units = unit -> {
      // A unit an earlier scan of this scanner parsed (a narrowed run widened to the components
      // its findings' messages name) is not parsed again.
      UnitFacts before = parsedBefore.get(unit);
      if (before != null) {
        return before;
      }
      UnitFacts facts = fresh.parse(unit);
      parsedBefore.put(unit, facts);
      return facts;
    };
    UnitParser counted = units;
    AtomicInteger done = new AtomicInteger();
    int total = model.units().size();
    // The store is written while the rules run (on the other core): it needs only the facts.
    CompletableFuture<Void> saved = new CompletableFuture<>();
    units = unit -> {
      var facts = counted.parse(unit);
      int parsed = done.incrementAndGet();
      progress.parsed(parsed, total);
      if (parsed == total && cache != null) {
        startSaving(cache, saved);
      }
      return facts;
    };
    AnalysisResult result = new Analyzer(rules, reports, options.settings(), units, options.threads(),
        options.ruleLevels()).analyze(model);
    PhaseLog.note(parser.costSummary());
    if (cache != null) {
      if (total == 0) {
        cache.save();
      } else {
        saved.join();
      }
    }
    if (cache != null) {
      result = result.withMoreNotifications(cache.notifications());
    }
    return new InlineSuppressions(model.root()).apply(result);
  }

  private static void startSaving(FactCache cache, CompletableFuture<Void> saved) {
    Thread writer = new Thread(() -> {
      try {
        cache.save();
      } finally {
        saved.complete(null);
      }
    }, "allocpath-cache-write");
    writer.setDaemon(true);
    writer.start();
  }

  private FactCache cacheFor(Path root) {
    if (cache == null || !cache.root().equals(root)) {
      cache = new FactCache(options.cacheDir(), root, ToolVersion.build());
    }
    return cache;
  }
}
