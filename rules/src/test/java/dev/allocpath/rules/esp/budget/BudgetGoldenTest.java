package dev.allocpath.rules.esp.budget;

import dev.allocpath.rules.testing.TextDiff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.engine.Summary;
import dev.allocpath.report.JsonReport;
import dev.allocpath.sarif.SarifOptions;
import dev.allocpath.sarif.SarifSchemaValidator;
import dev.allocpath.sarif.SarifWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget of the example project, as JSON, against its golden file
 * {@code sarif-samples/webrtc-demo.budget.json}. Run with {@code -Dupdate.goldens=true} to rewrite
 * the golden; review its diff like code.
 */
class BudgetGoldenTest {
  private static Path golden() {
    Path samples = Path.of(System.getProperty("sarif.samples.dir", "../sarif-samples"));
    return samples.resolve(WebrtcDemo.NAME + ".budget.json").toAbsolutePath().normalize();
  }

  @Test
  void theExampleProjectsBudgetMatchesItsGolden() throws IOException {
    // The budget golden stays a file of its own: it is what reviewers read the numbers in (the
    // findings are reviewed in the SARIF golden); it is the JSON report's "budget" member.
    String actual = new JsonReport().renderBudget(WebrtcDemo.result());
    Path golden = golden();
    if (Boolean.getBoolean("update.goldens")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "missing golden " + golden + "; create it with -Dupdate.goldens=true");
    String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(expected, actual, () -> "budget differs from " + golden + TextDiff.firstDifference(expected, actual)
        + "\nIf the change is intended, rerun with -Dupdate.goldens=true and review the diff.");
  }

  @Test
  void theBudgetIsAlsoInTheRunSummaries() {
    List<String> keys = WebrtcDemo.result().summaries().stream().map(Summary::key).toList();
    assertTrue(keys.contains(BudgetReport.KEY), "summaries: " + keys);
  }

  @Test
  void theSameFactsGoIntoTheSarifRunProperties() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifWriter().write(WebrtcDemo.result(), SarifOptions.defaults("0.0.0-test"), out);
    String sarif = out.toString(StandardCharsets.UTF_8);

    assertEquals(List.of(), SarifSchemaValidator.errors(sarif), "SARIF schema violations");
    JsonNode budget = new ObjectMapper().readTree(sarif).at("/runs/0/properties/budget");
    JsonNode json = new ObjectMapper().readTree(new JsonReport().render(WebrtcDemo.result())).get("budget");
    assertEquals(json, budget, "the SARIF run carries the same budget as the JSON report");
  }

}
