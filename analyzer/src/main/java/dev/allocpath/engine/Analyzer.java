package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.Report;
import dev.allocpath.api.Rule;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The pipeline: parse every unit once into facts, then hand the project's facts to every rule.
 * A rule that throws is reported as a notification; the others still run. Reports run last,
 * on the rules' findings and summaries, and fail the same way.
 */
public final class Analyzer {
  private final List<Rule> rules;
  private final List<Report> reports;
  private final Settings settings;
  private final UnitParser parser;
  private final int threads;
  private final Map<String, Severity> levels;

  public Analyzer(List<Rule> rules, Settings settings, UnitParser parser, int threads) {
    this(rules, settings, parser, threads, Map.of());
  }

  /** {@code levels}: rule id → the level that replaces the rule's default level (from the config). */
  public Analyzer(
      List<Rule> rules, Settings settings, UnitParser parser, int threads, Map<String, Severity> levels) {
    this(rules, List.of(), settings, parser, threads, levels);
  }

  /** Also builds {@code reports} (e.g. the budget) after the rules, from their findings and summaries. */
  public Analyzer(List<Rule> rules, List<Report> reports, Settings settings, UnitParser parser, int threads,
      Map<String, Severity> levels) {
    this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
    this.reports = reports.stream().sorted(Comparator.comparing(Report::id)).toList();
    this.settings = settings;
    this.parser = parser;
    this.threads = Math.max(1, threads);
    this.levels = Map.copyOf(levels);
  }

  public AnalysisResult analyze(ProjectModel model) {
    long start = System.nanoTime();
    RunSourceBudget.Split budget = RunSourceBudget.split(model.units(), Analyzer::sourceSize, RunSourceBudget.MAX_BYTES);
    List<UnitFacts> units = parseAll(budget.kept());
    PhaseLog.mark("units parsed");
    ProjectFacts facts = new ProjectFacts(model, units);

    List<Finding> findings = new ArrayList<>();
    List<Summary> summaries = new ArrayList<>();
    TreeSet<Notification> notifications = new TreeSet<>(model.notifications());
    Notification overBudget = RunSourceBudget.note(budget, RunSourceBudget.MAX_BYTES);
    if (overBudget != null) {
      notifications.add(overBudget);
    }
    units.forEach(u -> notifications.addAll(u.problems()));
    // Rules are independent readers of the same facts: they run side by side, and their
    // outputs are merged in rule-id order so the result never depends on thread timing.
    for (RuleRun run : runRules(facts)) {
      if (run.crash() != null) {
        notifications.add(new Notification(Severity.ERROR, "rule-crash",
            "Rule " + run.rule().info().id() + " failed and was skipped: " + run.crash(), null));
      } else {
        run.context().findings.forEach(f -> findings.add(withConfiguredLevel(run.rule(), f)));
        summaries.addAll(run.context().summaries);
      }
      notifications.addAll(run.context().notifications);
    }
    PhaseLog.mark("rules checked");
    findings.sort(FindingOrder.ORDER);
    List<Summary> ruleSummaries = List.copyOf(summaries);
    for (Report report : reports) {
      CollectingReportContext context = new CollectingReportContext(settings, findings, ruleSummaries);
      try {
        report.build(facts, context);
        summaries.addAll(context.summaries);
      } catch (RuntimeException | StackOverflowError e) {
        notifications.add(new Notification(
            Severity.ERROR, "report-crash", "Report " + report.id() + " failed and was skipped: " + e, null));
      }
      notifications.addAll(context.notifications);
    }
    PhaseLog.mark("reports built");
    summaries.add(ConfigurationSummary.of(model.config()));
    summaries.sort(Comparator.comparing(Summary::key));
    long lines = units.stream().mapToLong(UnitFacts::lineCount).sum();
    RunStats stats = new RunStats(units.size(), lines, (System.nanoTime() - start) / 1_000_000);
    int withParseErrors = (int) units.stream()
        .filter(u -> u.problems().stream().anyMatch(p -> p.kind().equals("parse-error"))).count();
    return new AnalysisResult(
        model.root(),
        rules.stream().map(RuleDescriptor::of).toList(),
        List.copyOf(findings),
        List.copyOf(notifications),
        List.copyOf(summaries),
        model.buildSource(),
        stats,
        List.of(),
        model.coverage().withAnalysis(units.size(), withParseErrors));
  }

  /** Applies a configured level to findings at the rule's default level (notes stay notes). */
  private Finding withConfiguredLevel(Rule rule, Finding finding) {
    Severity configured = levels.get(rule.info().id());
    if (configured == null || finding.level() != rule.info().severity()) {
      return finding;
    }
    return new Finding(finding.ruleId(), configured, finding.message(), finding.location(), finding.flow(),
        finding.related(), finding.properties(), finding.identity());
  }

  /** What one rule produced, or how it failed. */
  private record RuleRun(Rule rule, CollectingRuleContext context, Throwable crash) {}

  private RuleRun runRule(Rule rule, ProjectFacts facts) {
    CollectingRuleContext context = new CollectingRuleContext(rule.info(), settings);
    long start = System.nanoTime();
    try {
      rule.check(facts, context);
      return new RuleRun(rule, context, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new RuleRun(rule, context, e);
    } finally {
      PhaseLog.took("rule " + rule.info().id(), System.nanoTime() - start);
    }
  }

  /**
   * Every rule's run, in rule order. The reports' preparations (facts-only work, see
   * {@link Report#prepare}) run in the same pool, after the rules are handed out, so a core the
   * rules leave idle computes them meanwhile.
   */
  private List<RuleRun> runRules(ProjectFacts facts) {
    List<Object> work = new ArrayList<>(rules);
    work.addAll(reports);
    List<RuleRun> runs = new ArrayList<>();
    for (RuleRun run : inOrder(work, item -> item instanceof Rule rule ? runRule(rule, facts) : prepare((Report) item, facts),
        "running rules")) {
      if (run != null) {
        runs.add(run);
      }
    }
    return runs;
  }

  /** A report's preparation; a failure is left for its build, which reports it. */
  private RuleRun prepare(Report report, ProjectFacts facts) {
    long start = System.nanoTime();
    try {
      report.prepare(facts, settings);
    } catch (RuntimeException | StackOverflowError ignored) {
      // build() runs the same computation again and turns the failure into a notification.
    } finally {
      PhaseLog.took("report " + report.id() + " (preparation)", System.nanoTime() - start);
    }
    return null;
  }

  /**
   * Parses units, in parallel when asked; the result order never depends on thread timing. The
   * largest sources start first, so the run does not end with one thread parsing a big unit while
   * the others have nothing left.
   */
  private List<UnitFacts> parseAll(List<CompileUnit> units) {
    long[] sizes = units.stream().mapToLong(Analyzer::sourceSize).toArray();
    List<Integer> largestFirst = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      largestFirst.add(i);
    }
    largestFirst.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed().thenComparing(i -> i));
    List<UnitFacts> facts = inOrder(largestFirst, i -> parser.parse(units.get(i)), "parsing");
    UnitFacts[] inModelOrder = new UnitFacts[units.size()];
    for (int k = 0; k < largestFirst.size(); k++) {
      inModelOrder[largestFirst.get(k)] = facts.get(k);
    }
    return Arrays.asList(inModelOrder);
  }

  private static long sourceSize(CompileUnit unit) {
    try {
      return Files.size(unit.source());
    } catch (IOException | RuntimeException e) {
      return 0; // unreadable sources are reported by the parser; order does not matter for them
    }
  }

  /**
   * {@code work} applied to every item, on up to {@link #threads} threads (one when asked for one
   * or when there is a single item); results come back in the items' order.
   */
  private <T, R> List<R> inOrder(List<T> items, Function<T, R> work, String doing) {
    if (threads == 1 || items.size() < 2) {
      return items.stream().map(work).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemonFactory());
    try {
      List<Future<R>> pending = new ArrayList<>();
      for (T item : items) {
        pending.add(pool.submit(() -> work.apply(item)));
      }
      List<R> done = new ArrayList<>();
      for (Future<R> future : pending) {
        done.add(future.get());
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(doing + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonFactory() {
    return runnable -> {
      Thread thread = new Thread(null, runnable, "allocpath-worker", 64L << 20);
      thread.setDaemon(true);
      return thread;
    };
  }
}
