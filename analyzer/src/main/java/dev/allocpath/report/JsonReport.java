package dev.allocpath.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The internal-RAM budget as JSON for tools: the {@code budget} summary's data under
 * {@code budget} (null when the run built no budget), with a small header saying what the file
 * is. Byte-stable: the data's own order, two-space indent, LF line ends, a final newline, and
 * nothing that varies between runs (no version, time or absolute path).
 */
public final class JsonReport {
  /** The summary key the budget is published under. */
  public static final String BUDGET_KEY = "budget";
  /** Bumped when a key changes meaning or disappears; new keys may appear without a bump. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  public void write(AnalysisResult result, OutputStream out) throws IOException {
    MAPPER.writer(printer()).writeValue(out, document(result));
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
    document.put("report", "internal-ram-budget");
    document.put("formatVersion", FORMAT_VERSION);
    document.put("buildSource", result.buildSource());
    document.put(BUDGET_KEY, budgetData(result));
    return document;
  }

  /** The budget summary's data, or null when no report published one. */
  static Object budgetData(AnalysisResult result) {
    return result.summaries().stream().filter(s -> s.key().equals(BUDGET_KEY)).map(Summary::data)
        .findFirst().orElse(null);
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
