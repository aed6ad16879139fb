package dev.allocpath.report;

import dev.allocpath.api.Finding;
import dev.allocpath.api.FlowStep;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ChangedLines;
import dev.allocpath.engine.RunStats;
import dev.allocpath.engine.Summary;
import dev.allocpath.engine.SuppressedFinding;
import dev.allocpath.sarif.MessageLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terminal report, in the compiler diagnostic format editors and CI log scanners already
 * understand ({@code path:line:col: warning: message [rule-id]}, with {@code note:} lines for the
 * allocation path and related places), followed by a one-screen summary. Notifications are not
 * part of it: the CLI prints them on stderr, one {@link #notificationLine} each.
 */
public final class TextReport {
  private final Style style;
  /** Project-relative path in, the path to print out (relative to the current directory in the CLI). */
  private java.util.function.UnaryOperator<String> paths = java.util.function.UnaryOperator.identity();

  /** @param color ANSI colours, for a terminal (the CLI decides, e.g. when stdout is a TTY) */
  private final boolean details;

  /** A report with the rules' summaries (per-class totals, redirect table, budget) at the end. */
  public TextReport(boolean color) {
    this(color, true);
  }

  /**
   * @param details print the rules' summaries; without them the end of the report fits on one
   *     screen and says how to get them
   */
  public TextReport(boolean color, boolean details) {
    this.details = details;
    this.style = new Style(color);
  }

  /**
   * With {@code timing}, the last line says how long the run took. Off by default: the report is
   * then byte-identical across runs and thread counts.
   */
  public TextReport withTiming(boolean timing) {
    this.timing = timing;
    return this;
  }

  private boolean timing;

  /** Prints paths through {@code display} (e.g. relative to the current directory). */
  public TextReport withPaths(java.util.function.UnaryOperator<String> display) {
    this.paths = display;
    return this;
  }

  public String render(AnalysisResult result) {
    StringBuilder out = new StringBuilder();
    write(result, out);
    return out.toString();
  }

  /** Diagnostics, then the summary; every line ends with LF. */
  public void write(AnalysisResult result, Appendable out) {
    List<String> lines = new ArrayList<>();
    for (Finding f : result.findings()) {
      lines.addAll(findingLines(f));
    }
    // Present only with --include-suppressed: shown marked, after the findings that count.
    for (SuppressedFinding s : result.suppressed()) {
      List<String> finding = findingLines(s.finding());
      String why = s.justification().isEmpty() ? s.kind() : s.kind() + ": " + oneLine(s.justification());
      finding.set(0, finding.get(0) + " (suppressed, " + why + ")");
      lines.addAll(finding);
    }
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.addAll(summaryLines(result));
    try {
      for (String line : lines) {
        out.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One diagnostic: the finding, then a note per flow step and per related location. */
  public List<String> findingLines(Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(
        diagnostic(f.location(), f.level(), MessageLinks.toPlainText(f.message()))
            + " " + style.ruleId("[" + oneLine(f.ruleId()) + "]"));
    for (FlowStep step : f.flow()) {
      lines.add(diagnostic(step.location(), Severity.NOTE, step.message()));
    }
    for (RelatedLocation related : f.related()) {
      lines.add(diagnostic(related.location(), Severity.NOTE, related.message()));
    }
    if (f.properties().get(ChangedLines.PROPERTY) instanceof Map<?, ?> touched) {
      lines.add(changedLineNote(f, touched));
    }
    return lines;
  }

  /** Changed-lines mode: which place of the finding the change touches. */
  private String changedLineNote(Finding f, Map<?, ?> touched) {
    String kind = String.valueOf(touched.get("kind"));
    if (touched.get("path") instanceof String path && touched.get("line") instanceof Integer line) {
      return diagnostic(SourceLocation.ofLine(path, line), Severity.NOTE,
          "Reported because the change touches this line (its " + kind + ").");
    }
    return diagnostic(f.location(), Severity.NOTE, "Reported because the change touches the " + kind + ".");
  }

  /** Counts by rule and level, the rules' summaries, notifications, and the run statistics. */
  public List<String> summaryLines(AnalysisResult result) {
    List<String> lines = new ArrayList<>(countLines(result.findings()));
    if (!result.suppressed().isEmpty()) {
      lines.add(count(result.suppressed().size(), "suppressed finding", "suppressed findings")
          + " shown (--include-suppressed); they do not count for --fail-on.");
    }
    List<Summary> summaries =
        result.summaries().stream().sorted(Comparator.comparing(Summary::key)).toList();
    if (!details && summaries.stream().anyMatch(s -> !s.textLines().isEmpty())) {
      lines.add("");
      lines.add("Per-class totals, the redirect table and the internal-RAM budget: rerun with --summary.");
    }
    for (Summary summary : details ? summaries : List.<Summary>of()) {
      if (!summary.textLines().isEmpty()) {
        lines.add("");
        summary.textLines().forEach(line -> lines.add(oneLine(line)));
      }
    }
    lines.add("");
    lines.addAll(CoverageText.lines(result.coverage(), details));
    String configuration = dev.allocpath.engine.ConfigurationSummary.textOf(result.summaries());
    if (configuration != null) {
      lines.add(oneLine(configuration));
    }
    lines.addAll(notificationSummary(result.notifications()));
    if (result.stats() != null) {
      lines.add(statsLine(result.stats(), timing));
    }
    return lines;
  }

  /** Notifications shown in the report itself: the first few by default, more with details. */
  private static final int SHOWN = 5;
  private static final int SHOWN_WITH_DETAILS = 50;

  /**
   * How many notifications there are, the first ones (errors and warnings before notes), and where
   * the others are: the CLI prints warnings and errors on stderr, and SARIF holds them all.
   */
  List<String> notificationSummary(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return List.of();
    }
    Map<Severity, Integer> levels = new EnumMap<>(Severity.class);
    notifications.forEach(n -> levels.merge(n.level(), 1, Integer::sum));
    List<Notification> ordered = notifications.stream()
        .sorted(Comparator.comparing((Notification n) -> -n.level().ordinal())).toList();
    int shown = Math.min(details ? SHOWN_WITH_DETAILS : SHOWN, ordered.size());
    List<String> lines = new ArrayList<>();
    lines.add(count(notifications.size(), "notification", "notifications") + " (" + levelCounts(levels, false) + ")"
        + (shown == ordered.size() ? ":" : "; the first " + shown + ":"));
    for (Notification n : ordered.subList(0, shown)) {
      lines.add("  " + notificationLine(n));
    }
    boolean printed = notifications.stream().anyMatch(n -> n.level().atLeast(Severity.WARNING));
    lines.add(printed
        ? "Warnings and errors among them are also printed on stderr; all are in the SARIF output (--format sarif)."
        : "They are notes: none was printed on stderr; all are in the SARIF output (--format sarif).");
    return lines;
  }

  /** A notification as one line, {@code path:line: level: message [kind]}, for stderr. */
  public String notificationLine(Notification n) {
    String where =
        n.location() == null
            ? "allocpath"
            : Notification.oneLine(paths.apply(n.location().path())) + ":" + n.location().line();
    return style.location(where + ":") + " " + style.level(n.level()) + " " + oneLine(n.message())
        + " " + style.ruleId("[" + oneLine(n.kind()) + "]");
  }

  public List<String> notificationLines(List<Notification> notifications) {
    return notifications.stream().map(this::notificationLine).toList();
  }

  private String diagnostic(SourceLocation at, Severity level, String message) {
    String where = Notification.oneLine(paths.apply(at.path())) + ":" + at.line() + ":" + at.column() + ":";
    return style.location(where) + " " + style.level(level) + " " + style.message(oneLine(message));
  }

  private static List<String> countLines(List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of("No findings.");
    }
    Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
    Map<Severity, Integer> total = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      byRule
          .computeIfAbsent(f.ruleId(), id -> new EnumMap<>(Severity.class))
          .merge(f.level(), 1, Integer::sum);
      total.merge(f.level(), 1, Integer::sum);
    }
    int width = byRule.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    lines.add("Findings by rule:");
    byRule.forEach(
        (rule, levels) -> lines.add("  " + pad(oneLine(rule), width) + "  " + levelCounts(levels, false)));
    lines.add(
        count(findings.size(), "finding", "findings") + ": " + levelCounts(total, true) + ".");
    return lines;
  }

  /** Most severe first, e.g. "1 error, 2 warnings"; with {@code all}, zero counts too. */
  private static String levelCounts(Map<Severity, Integer> levels, boolean all) {
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
      int n = levels.getOrDefault(s, 0);
      if (n > 0 || all) {
        parts.add(count(n, s.label(), s.label() + "s"));
      }
    }
    return String.join(", ", parts);
  }

  private static String statsLine(RunStats stats, boolean timing) {
    return "Analysed " + count(stats.units(), "translation unit", "translation units")
        + " (" + count(stats.lines(), "line", "lines") + ")" + (timing ? " in " + stats.millis() + " ms." : ".");
  }


  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /**
   * Keeps a message on one line and the terminal safe: line breaks between words become spaces,
   * other control characters (an ESC quoted from the code could recolour or clear the terminal)
   * are shown as {@code \x1b}-style escapes (paths are escaped whole, newlines included, by
   * {@link Notification#oneLine}).
   */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    return Notification.oneLine(text.strip().replaceAll("\\s*\\R\\s*", " ").replace('\t', ' '));
  }

  /** ANSI colours in clang's scheme, or nothing. */
  private record Style(boolean on) {
    private static final String RESET = "\u001b[0m";

    String location(String text) {
      return paint("\u001b[1m", text);
    }

    String message(String text) {
      return paint("\u001b[1m", text);
    }

    String ruleId(String text) {
      return paint("\u001b[2m", text);
    }

    String level(Severity level) {
      String code = switch (level) {
        case ERROR -> "\u001b[1;31m";
        case WARNING -> "\u001b[1;35m";
        case NOTE -> "\u001b[1;36m";
      };
      return paint(code, level.label() + ":");
    }

    private String paint(String code, String text) {
      return on ? code + text + RESET : text;
    }
  }
}
