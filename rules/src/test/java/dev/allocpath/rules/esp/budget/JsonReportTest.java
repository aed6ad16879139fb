package dev.allocpath.rules.esp.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.allocpath.report.JsonReport;
import dev.allocpath.sarif.SarifOptions;
import dev.allocpath.sarif.SarifWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the example project against its JSON Schema (the file in the repository,
 * also in the jar), with the same validator the SARIF goldens use; and the same findings,
 * configuration and coverage as the SARIF log.
 */
class JsonReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Schema schema() throws IOException {
    try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      assertTrue(in != null, "schema not in the jar: " + JsonReport.SCHEMA_RESOURCE);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /** The SARIF log of the same result, for comparison. */
  private static JsonNode exampleSarif() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifWriter().write(WebrtcDemo.result(), SarifOptions.defaults("0.0.0-test"), out);
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  private static List<String> errors(JsonNode document) throws IOException {
    return schema().validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  @Test
  void theExampleReportIsValidAgainstItsSchema() throws IOException {
    JsonNode report = JSON.readTree(new JsonReport().render(WebrtcDemo.result()));
    assertEquals(List.of(), errors(report));
    assertTrue(report.get("findings").size() > 30, "findings: " + report.get("findings").size());
    assertTrue(report.get("budget").isObject(), "the budget is in the report");
  }

  @Test
  void theSchemaRejectsWhatItDescribesAsWrong() throws IOException {
    ObjectNode report = (ObjectNode) JSON.readTree(new JsonReport().render(WebrtcDemo.result()));
    ((ObjectNode) report.get("findings").get(0)).remove("ruleId");
    ((ObjectNode) report.get("findings").get(1).get("location")).put("line", 0);
    ((ObjectNode) report.get("findings").get(2)).put("level", "fatal");
    ((ObjectNode) report.get("configuration")).remove("known");
    List<String> errors = errors(report);
    assertEquals(4, errors.size(), errors.toString());
  }

  @Test
  void theConfigurationAndCoverageAreTheSarifRunProperties() throws IOException {
    JsonNode report = JSON.readTree(new JsonReport().render(WebrtcDemo.result()));
    JsonNode properties = exampleSarif().at("/runs/0/properties");

    assertTrue(report.get("configuration").isObject(), "no configuration in the report");
    assertEquals(properties.get("configuration"), report.get("configuration"));
    assertTrue(report.at("/configuration/text").asText().contains("target "), report.at("/configuration/text").asText());
    assertTrue(report.get("coverage").isObject(), "no coverage in the report");
    assertEquals(properties.get("coverage"), report.get("coverage"));
    assertTrue(report.at("/coverage/units/analysed").asInt() > 20, report.get("coverage").toString());
  }

  @Test
  void theFindingsAreTheSarifResults() throws IOException {
    JsonNode report = JSON.readTree(new JsonReport().render(WebrtcDemo.result()));
    JsonNode results = exampleSarif().at("/runs/0/results");
    assertEquals(results.size(), report.get("findings").size());
    List<String> fromJson = new ArrayList<>();
    List<String> fromSarif = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      fromJson.add(f.get("ruleId").asText() + " " + f.at("/location/path").asText() + ":" + f.at("/location/line").asInt()
          + " " + f.get("fingerprint").asText() + " " + f.get("linkedMessage").asText()
          + " related=" + f.get("relatedLocations").size() + " flow=" + f.get("flow").size());
      assertFalse(f.get("message").asText().contains("]("), "plain message: " + f.get("message"));
    }
    for (JsonNode r : results) {
      fromSarif.add(r.get("ruleId").asText() + " " + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
          + ":" + r.at("/locations/0/physicalLocation/region/startLine").asInt()
          + " " + r.at("/partialFingerprints/allocpath~1v1").asText() + " " + r.at("/message/text").asText()
          + " related=" + r.path("relatedLocations").size()
          + " flow=" + r.at("/codeFlows/0/threadFlows/0/locations").size());
    }
    assertEquals(fromSarif, fromJson);
  }

  @Test
  void theSchemaInTheRepositoryIsTheOneInTheJar() throws IOException {
    Path inRepository = Path.of("../analyzer/src/main/resources" + JsonReport.SCHEMA_RESOURCE);
    try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      assertEquals(Files.readString(inRepository), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
