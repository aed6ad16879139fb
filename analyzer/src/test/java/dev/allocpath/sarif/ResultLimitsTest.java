package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
        "Wrote 3 of 5 results (the limit is 3 per run); dropped the least severe 2 (1 warning, 1 note).",
        applied.notifications().get(0).message());
  }

  private static Finding finding(String message, Severity level) {
    return new Finding("r", level, message, SourceLocation.ofLine("a.c", 1), List.of(), List.of(), Map.of(), message);
  }
}
