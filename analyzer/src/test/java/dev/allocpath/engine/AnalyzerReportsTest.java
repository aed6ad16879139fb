package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Notification;
import dev.allocpath.api.Report;
import dev.allocpath.api.ReportContext;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports run after every rule, see their findings and summaries, and fail without stopping the run. */
class AnalyzerReportsTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  @RuleInfo(id = "test-counter", summary = "Reports every unit.", severity = Severity.WARNING)
  static final class UnitRule implements Rule {
    @Override
    public void check(ProjectFacts facts, RuleContext context) {
      for (UnitFacts unit : facts.units()) {
        context.report(new FindingBuilder(SourceLocation.ofLine(unit.unitPath(), 1), "A unit."));
      }
      context.summary("units", Map.of("count", facts.units().size()), List.of("units: " + facts.units().size()));
    }
  }

  /** Publishes what it saw of the rules, so the test can check it. */
  static final class SeenReport implements Report {
    @Override
    public String id() {
      return "seen";
    }

    @Override
    public void build(ProjectFacts facts, ReportContext context) {
      Object units = context.ruleSummary("units").orElse("missing");
      context.publish("seen", Map.of("findings", context.findings().size(), "units", units),
          List.of("saw " + context.findings().size() + " findings"));
    }
  }

  static final class CrashingReport implements Report {
    @Override
    public String id() {
      return "crashing";
    }

    @Override
    public void build(ProjectFacts facts, ReportContext context) {
      context.publish("half", Map.of(), List.of());
      throw new IllegalStateException("boom");
    }
  }

  private static AnalysisResult analyze(List<Report> reports) {
    List<CompileUnit> units = List.of(unit("a.c"), unit("b.c"));
    ProjectModel model = new ProjectModel(ROOT, List.of(), units, "cmake", List.of());
    Analyzer analyzer = new Analyzer(List.of(new UnitRule()), reports, Settings.defaults(),
        u -> new UnitFacts(model.relative(u.source()), "app", 1, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of()),
        1, Map.of());
    return analyzer.analyze(model);
  }

  private static CompileUnit unit(String name) {
    return new CompileUnit(ROOT.resolve(name), "app", Language.ofSource(name), Map.of(), List.of(), List.of(),
        List.of(), Map.of());
  }

  @Test
  void reportsSeeTheRulesFindingsAndSummariesAndPublishTheirOwn() {
    AnalysisResult result = analyze(List.of(new SeenReport()));

    assertEquals(List.of("configuration", "seen", "units"), result.summaries().stream().map(Summary::key).toList());
    Summary seen = result.summaries().get(1);
    assertEquals(Map.of("findings", 2, "units", Map.of("count", 2)), seen.data());
    assertEquals(List.of("saw 2 findings"), seen.textLines());
    assertEquals(2, result.findings().size(), "reports add no findings");
    assertEquals(List.of("test-counter"), result.rules().stream().map(RuleDescriptor::id).toList(),
        "reports are not rules");
  }

  @Test
  void aCrashingReportBecomesANotificationAndTheOthersStillRun() {
    AnalysisResult result = analyze(List.of(new CrashingReport(), new SeenReport()));

    assertEquals(List.of("configuration", "seen", "units"), result.summaries().stream().map(Summary::key).toList(),
        "nothing from the crashed report");
    List<Notification> crashes =
        result.notifications().stream().filter(n -> n.kind().equals("report-crash")).toList();
    assertEquals(1, crashes.size());
    assertTrue(crashes.get(0).message().contains("crashing"), crashes.get(0).message());
    assertEquals(Severity.ERROR, crashes.get(0).level());
  }

  @Test
  void withoutReportsTheRunIsAsBefore() {
    AnalysisResult result = new Analyzer(List.of(new UnitRule()), Settings.defaults(),
        u -> new UnitFacts("a.c", "app", 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of()), 1)
        .analyze(new ProjectModel(ROOT, List.of(), List.of(unit("a.c")), "cmake", List.of()));

    assertEquals(List.of("configuration", "units"), result.summaries().stream().map(Summary::key).toList());
  }
}
