package dev.allocpath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.RunStats;
import dev.allocpath.sarif.SampleAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {
  @TempDir Path root;

  @Test
  void plainReportHasDiagnosticsNotesAndSummary() throws IOException {
    String text = new TextReport(false).render(SampleAnalysis.create(root));
    assertEquals(
        """
        main/peer.cpp:4:3: warning: Member 'Peer::lock' allocates an 84-byte queue in internal RAM; see the class. [esp-mutex-member]
        main/peer.cpp:3:1: note: 'Peer' is constructed.
        main/peer.cpp:4:3: note: 'std::mutex' creates a FreeRTOS mutex.
        main/peer.cpp:3:8: note: The class.
        main/app.cpp:4:3: note: Thread 'worker' is never joined [esp-unjoined-thread]
        gone/missing.cpp:2:3: warning: Member 'Gone::lock' allocates an 84-byte queue in internal RAM. [esp-mutex-member]

        Findings by rule:
          esp-mutex-member     2 warnings
          esp-unjoined-thread  1 note
        3 findings: 0 errors, 2 warnings, 1 note.

        1 mutex member: 84 bytes of internal RAM.

        2 notifications (1 warning, 1 note):
          main/broken.c:7: warning: Could not parse the file [parse-error]
          allocpath: note: Ignored the command foo(). [cmake-unsupported]
        Warnings and errors among them are also printed on stderr; all are in the SARIF output (--format sarif).
        Analysed 2 translation units (12 lines).
        """,
        text);
    assertFalse(text.contains("\u001b"), "no colour unless asked");
  }

  @Test
  void colourWrapsLocationLevelAndMessage() throws IOException {
    List<String> lines = new TextReport(true).findingLines(SampleAnalysis.create(root).findings().get(0));
    assertEquals(
        "\u001b[1mmain/peer.cpp:4:3:\u001b[0m \u001b[1;35mwarning:\u001b[0m "
            + "\u001b[1mMember 'Peer::lock' allocates an 84-byte queue in internal RAM; see the class.\u001b[0m "
            + "\u001b[2m[esp-mutex-member]\u001b[0m",
        lines.get(0));
    assertTrue(lines.get(1).contains("\u001b[1;36mnote:\u001b[0m"));
  }

  @Test
  void emptyRunSaysSo() throws IOException {
    AnalysisResult sample = SampleAnalysis.create(root);
    AnalysisResult empty =
        new AnalysisResult(root, sample.rules(), List.of(), List.of(), List.of(), "cmake", new RunStats(1, 1, 5));
    assertEquals(
        """
        No findings.

        Analysed 1 translation unit (1 line).
        """,
        new TextReport(false).render(empty));
    assertTrue(new TextReport(false).withTiming(true).render(empty).endsWith("Analysed 1 translation unit (1 line) in 5 ms.\n"),
        "the time only with --timing");
  }

  @Test
  void theReportSaysExactlyWhereNotificationsWent() {
    Notification warning = new Notification(Severity.WARNING, "parse-error", "x", SourceLocation.ofLine("a.c", 1));
    Notification note = new Notification(Severity.NOTE, "cmake-unsupported", "y", null);
    TextReport report = new TextReport(false, false);
    List<String> warningOnly = report.notificationSummary(List.of(warning));
    assertEquals("Warnings and errors among them are also printed on stderr; all are in the SARIF output"
        + " (--format sarif).", warningOnly.get(warningOnly.size() - 1));
    List<String> notesOnly = report.notificationSummary(List.of(note, note));
    assertEquals("2 notifications (2 notes):", notesOnly.get(0));
    assertEquals("They are notes: none was printed on stderr; all are in the SARIF output (--format sarif).",
        notesOnly.get(notesOnly.size() - 1));
    assertEquals(List.of(), report.notificationSummary(List.of()));
  }

  @Test
  void everyDiagnosticStaysOnOneSafeLine() {
    Finding f =
        new Finding("r", Severity.ERROR, "First line\nsecond \u001b[31mred", SourceLocation.ofLine("a b.c", 9),
            List.of(), List.of(), Map.of(), "x");
    assertEquals(
        List.of("a b.c:9:1: error: First line second \\x1b[31mred [r]"), new TextReport(false).findingLines(f));
  }

  @Test
  void controlCharactersFromTheRepositoryAreShownEscapedAndUtf8IsKept() {
    Finding f = new Finding("r", Severity.WARNING, "quoted \u0007bell \u009b31m and caf\u00e9 \u202eevil",
        SourceLocation.ofLine("dir/\u001b]0;title\u0007\nname\u00e9.c", 2), List.of(), List.of(), Map.of(), "x");
    String line = new TextReport(false).findingLines(f).get(0);
    assertEquals("dir/\\x1b]0;title\\x07\\nname\u00e9.c:2:1: warning: quoted \\x07bell \\x9b31m and caf\u00e9 "
        + "\\u202eevil [r]", line);
    assertEquals("a/\\x1b[2J.c:3: warning: m\\x1b[31m [k]", new Notification(Severity.WARNING, "k", "m\u001b[31m",
        SourceLocation.ofLine("a/\u001b[2J.c", 3)).toLine());
  }

  @Test
  void notificationsRenderAsOneLineEach() {
    TextReport report = new TextReport(false);
    assertEquals(
        List.of(
            "main/x.c:7: warning: Could not parse the file. [parse-error]",
            "allocpath: note: Ignored foo(). [cmake-unsupported]"),
        report.notificationLines(
            List.of(
                new Notification(Severity.WARNING, "parse-error", "Could not parse the file.",
                    SourceLocation.ofLine("main/x.c", 7)),
                new Notification(Severity.NOTE, "cmake-unsupported", "Ignored foo().", null))));
  }
}
