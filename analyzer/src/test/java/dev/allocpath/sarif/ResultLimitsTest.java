package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultLimitsTest {
  @Test
  void withinLimitsNothingChanges() {
    List<Finding> findings = List.of(finding("a", Severity.NOTE), finding("b", Severity.ERROR));
    ResultLimits.Applied applied = ResultLimits.apply(findings, 2, 10);
    assertEquals(findings, applied.findings());
    assertEquals(List.of(), applied.notifications());
  }

  @Test
  void keepsMostSevereThenEarliestInTheGivenOrder() {
    List<Finding> findings =
        List.of(
            finding("w1", Severity.WARNING),
            finding("n1", Severity.NOTE),
            finding("e1", Severity.ERROR),
            finding("w2", Severity.WARNING),
            finding("w3", Severity.WARNING));
    ResultLimits.Applied applied = ResultLimits.apply(findings, 3, 10);
    assertEquals(List.of("w1", "e1", "w2"), applied.findings().stream().map(Finding::message).toList());
    assertEquals(1, applied.notifications().size());
    assertSame(Severity.WARNING, applied.notifications().get(0).level());
    assertEquals(
        "Wrote 3 of 5 results (the limit is 3 per run); dropped the least severe 2 (1 warning, 1 note), "
            + "spread evenly over the files, from 1 file: a.c (2).",
        applied.notifications().get(0).message());
  }

  @Test
  void oneNoisyFileDoesNotPushOtherFilesOut() {
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      findings.add(finding("noisy" + i, Severity.WARNING, "noisy.c"));
    }
    findings.add(finding("quiet-a", Severity.WARNING, "quiet_a.c"));
    findings.add(finding("quiet-b1", Severity.WARNING, "quiet_b.c"));
    findings.add(finding("quiet-b2", Severity.WARNING, "quiet_b.c"));
    findings.add(finding("error", Severity.ERROR, "zz.c"));
    findings.add(finding("note", Severity.NOTE, "quiet_a.c"));
    ResultLimits.Applied applied = ResultLimits.apply(findings, 10, 10);
    List<String> kept = applied.findings().stream().map(Finding::message).toList();
    assertEquals(10, kept.size());
    assertTrue(kept.containsAll(List.of("error", "quiet-a", "quiet-b1", "quiet-b2")), kept.toString());
    assertEquals(6, kept.stream().filter(m -> m.startsWith("noisy")).count(), kept.toString());
    assertEquals(List.of("noisy0", "noisy1", "noisy2", "noisy3", "noisy4", "noisy5"),
        kept.stream().filter(m -> m.startsWith("noisy")).toList(), "each file's first findings");
    assertEquals(
        "Wrote 10 of 1005 results (the limit is 10 per run); dropped the least severe 995 (994 warnings, 1 note), "
            + "spread evenly over the files, from 2 files: noisy.c (994), quiet_a.c (1).",
        applied.notifications().get(0).message());
  }

  private static Finding finding(String message, Severity level) {
    return finding(message, level, "a.c");
  }

  private static Finding finding(String message, Severity level, String file) {
    return new Finding("r", level, message, SourceLocation.ofLine(file, 1), List.of(), List.of(), Map.of(), message);
  }
}
