package dev.allocpath.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ConfigurationSummary;
import dev.allocpath.engine.Summary;
import dev.allocpath.engine.SuppressedFinding;
import dev.allocpath.sarif.CoverageProperties;
import dev.allocpath.sarif.MessageLinks;
import dev.allocpath.sarif.StableFingerprint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as JSON for tools: the findings (rule, level, message, locations, flow, properties,
 * fingerprint), the notifications, the run statistics, the coverage, the configuration the run
 * used and the internal-RAM budget (the {@code budget} summary's data; null when the run built
 * none), with a small header saying what the file is. Its shape is described by the JSON Schema
 * {@link #SCHEMA_RESOURCE}. Byte-stable: the data's own order, two-space indent, LF line ends, a
 * final newline, and nothing that varies between runs (no version, time, duration or absolute
 * path).
 */
public final class JsonReport {
  /** The summary key the budget is published under. */
  public static final String BUDGET_KEY = "budget";
  /**
   * Bumped when a key changes meaning or disappears; new keys may appear without a bump. 2: the
   * findings, notifications and statistics joined the budget ({@code report} is now
   * {@code allocpath-report}).
   */
  public static final int FORMAT_VERSION = 2;
  /** The JSON Schema of this report, in the jar and in the repository. */
  public static final String SCHEMA_RESOURCE = "/dev/allocpath/report/allocpath-report.schema.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  public void write(AnalysisResult result, OutputStream out) throws IOException {
    writeValue(document(result), out);
  }

  /**
   * The budget alone, as the golden {@code sarif-samples/<project>.budget.json} keeps it for
   * review (the findings are reviewed in the SARIF golden).
   */
  public String renderBudget(AnalysisResult result) {
    Map<String, Object> budget = new LinkedHashMap<>();
    budget.put(BUDGET_KEY, budgetData(result));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      writeValue(budget, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void writeValue(Object value, OutputStream out) throws IOException {
    MAPPER.writer(printer()).writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  public String render(AnalysisResult result) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      write(result, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  static Map<String, Object> document(AnalysisResult result) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("tool", "allocpath");
    document.put("report", "allocpath-report");
    document.put("formatVersion", FORMAT_VERSION);
    document.put("buildSource", result.buildSource());
    List<Object> findings = new ArrayList<>();
    result.findings().forEach(f -> findings.add(finding(f, null)));
    result.suppressed().forEach(s -> findings.add(finding(s.finding(), s)));
    document.put("findings", findings);
    document.put("notifications", result.notifications().stream().map(JsonReport::notification).toList());
    if (result.stats() != null) {
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("units", result.stats().units());
      stats.put("lines", result.stats().lines());
      document.put("stats", stats);
    }
    // What the budget's placement and the findings depend on: a reader of the file alone must be
    // able to tell which configuration and how much of the project they describe.
    if (CoverageText.known(result.coverage())) {
      document.put("coverage", CoverageProperties.of(result.coverage()));
    }
    Object configuration = summaryData(result, ConfigurationSummary.KEY);
    if (configuration != null) {
      document.put(ConfigurationSummary.KEY, configuration);
    }
    document.put(BUDGET_KEY, budgetData(result));
    return document;
  }

  /**
   * {@code message} is the plain text; {@code linkedMessage} the same with SARIF's embedded links
   * ({@code [words](id)}) to {@code relatedLocations[].id}.
   */
  private static Map<String, Object> finding(Finding f, SuppressedFinding suppressed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ruleId", f.ruleId());
    out.put("level", f.level().label());
    out.put("message", MessageLinks.toPlainText(f.message()));
    out.put("linkedMessage", f.message());
    out.put("location", location(f.location()));
    List<Object> related = new ArrayList<>();
    for (int i = 0; i < f.related().size(); i++) {
      RelatedLocation r = f.related().get(i);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", i + 1);
      entry.put("location", location(r.location()));
      entry.put("message", r.message());
      related.add(entry);
    }
    out.put("relatedLocations", related);
    out.put("flow", f.flow().stream().map(step -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("location", location(step.location()));
      entry.put("message", step.message());
      return entry;
    }).toList());
    out.put("properties", new TreeMap<>(f.properties()));
    out.put("fingerprint", StableFingerprint.of(f));
    if (suppressed != null) {
      Map<String, Object> suppression = new LinkedHashMap<>();
      suppression.put("kind", suppressed.kind());
      suppression.put("justification", suppressed.justification());
      out.put("suppression", suppression);
    }
    return out;
  }

  private static Map<String, Object> notification(Notification n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("level", n.level().label());
    out.put("kind", n.kind());
    out.put("message", n.message());
    out.put("location", n.location() == null ? null : location(n.location()));
    return out;
  }

  /** Project-relative path with forward slashes; 1-based lines and UTF-16 columns, as in SARIF. */
  private static Map<String, Object> location(SourceLocation at) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", at.path());
    out.put("line", at.line());
    out.put("column", at.column());
    out.put("endLine", at.endLine());
    out.put("endColumn", at.endColumn());
    return out;
  }

  /** The data of the summary published under {@code key}, or null. */
  private static Object summaryData(AnalysisResult result, String key) {
    return result.summaries().stream().filter(s -> s.key().equals(key)).map(Summary::data)
        .findFirst().orElse(null);
  }

  /** The budget summary's data, or null when no report published one. */
  static Object budgetData(AnalysisResult result) {
    return summaryData(result, BUDGET_KEY);
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
  }
}
