package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.api.Finding;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SarifOptions OPTIONS = SarifOptions.defaults("1.2.3");

  @TempDir Path root;

  @Test
  void outputIsValidAgainstTheSarifSchema() throws IOException {
    AnalysisResult result = SampleAnalysis.create(root);
    assertEquals(List.of(), SarifSchemaValidator.errors(write(result, OPTIONS)));
    assertEquals(
        List.of(), SarifSchemaValidator.errors(write(result, OPTIONS.withEmbedRoot(true))));
  }

  @Test
  void theValidatorRejectsBrokenLogs() throws IOException {
    // Guards the guard: a validator that accepts anything would make the test above worthless.
    String valid = write(SampleAnalysis.create(root), OPTIONS);
    assertFalse(SarifSchemaValidator.errors(valid.replace("\"level\": \"note\"", "\"level\": \"fatal\"")).isEmpty());
    assertFalse(SarifSchemaValidator.errors(valid.replace("\"startLine\": 4", "\"startLine\": 0")).isEmpty());
  }

  @Test
  void sameInputGivesSameBytes() throws IOException {
    AnalysisResult result = SampleAnalysis.create(root);
    byte[] first = bytes(result, OPTIONS);
    byte[] second = bytes(result, OPTIONS);
    assertArrayEquals(first, second);
    String text = new String(first, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"$schema\": \"" + SarifWriter.SCHEMA_URI + "\",\n  \"version\": \"2.1.0\",\n"), text);
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("\r"));
    assertFalse(text.contains(root.toString()), "no absolute paths by default");
    assertFalse(text.contains("789"), "wall time is not deterministic and must stay out");
  }

  @Test
  void mapKeysAreSortedWhateverTheMapsIterationOrder() throws IOException {
    // Map.copyOf (used by Finding) iterates in an order that changes from JVM run to JVM run.
    Map<String, Object> properties = new java.util.HashMap<>();
    for (String key : List.of("zeta", "alpha", "Mid", "beta", "gamma", "delta", "omega", "kappa")) {
      properties.put(key, Map.of("y", 1, "x", 2, "w", 3));
    }
    AnalysisResult sample = SampleAnalysis.create(root);
    Finding f = new Finding(SampleAnalysis.MUTEX, Severity.WARNING, "Many properties.",
        SourceLocation.ofLine("main/peer.cpp", 4), List.of(), List.of(), properties, "many");
    AnalysisResult result = new AnalysisResult(root, sample.rules(), List.of(f), List.of(),
        List.of(new dev.allocpath.engine.Summary("s", properties, List.of())), "cmake", sample.stats());
    JsonNode run = run(write(result, OPTIONS));
    List<String> expected = List.of("Mid", "alpha", "beta", "delta", "gamma", "kappa", "omega", "zeta");
    assertEquals(expected, fieldNames(run.at("/results/0/properties")));
    assertEquals(expected, fieldNames(run.at("/properties/s")));
    assertEquals(List.of("w", "x", "y"), fieldNames(run.at("/properties/s/zeta")));
  }

  /**
   * Leaves the variants in {@code target/sarif-samples/} for {@code .ci/validate-sarif.sh}, which
   * checks them with the SARIF multitool's GitHub rules (the schema cannot express those).
   */
  @Test
  void writesSamplesForTheMultitool() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "sarif-samples"));
    Path project = root.resolve("repo/firmware");
    AnalysisResult sample = SampleAnalysis.create(project);
    AnalysisResult empty =
        new AnalysisResult(project, sample.rules(), List.of(), List.of(), List.of(), "cmake", sample.stats());
    Map<String, String> variants = new java.util.TreeMap<>();
    variants.put("default.sarif", write(sample, OPTIONS));
    variants.put("embedded-root.sarif", write(sample, OPTIONS.withEmbedRoot(true)));
    variants.put("source-root.sarif",
        write(sample, OPTIONS.withSourceRoot(root.resolve("repo")).withEmbedRoot(true)));
    variants.put("capped.sarif", write(sample, OPTIONS.withLimits(1, 0)));
    variants.put("empty.sarif", write(empty, OPTIONS));
    for (Map.Entry<String, String> v : variants.entrySet()) {
      assertEquals(List.of(), SarifSchemaValidator.errors(v.getValue()), v.getKey());
      Files.writeString(dir.resolve(v.getKey()), v.getValue());
    }
  }

  @Test
  void rulesAreSortedAndDescribed() throws IOException {
    JsonNode rules = run(write(SampleAnalysis.create(root), OPTIONS)).at("/tool/driver/rules");
    assertEquals(2, rules.size());
    JsonNode mutex = rules.get(0);
    assertEquals(SampleAnalysis.MUTEX, mutex.get("id").asText());
    assertEquals("EspMutexMember", mutex.get("name").asText());
    assertEquals("Mutex members allocate a FreeRTOS queue in internal RAM.", mutex.at("/shortDescription/text").asText());
    assertEquals(
        "Each std::mutex member creates a FreeRTOS mutex, an 84-byte queue in internal RAM, when its object is constructed.",
        mutex.at("/fullDescription/text").asText());
    assertEquals(SampleAnalysis.MUTEX_DOC.strip(), mutex.at("/help/markdown").asText());
    assertTrue(mutex.at("/help/text").asText().contains("PSRAM allocator (https://example.invalid/psram)"));
    // Pinned to the release tag of the version that wrote the log, not to main.
    assertEquals(
        "https://github.com/allocpath/allocpath/blob/v1.2.3/rules/src/main/resources/rule-docs/esp-mutex-member.md",
        mutex.get("helpUri").asText());
    assertEquals("warning", mutex.at("/defaultConfiguration/level").asText());
    assertEquals("high", mutex.at("/properties/precision").asText());
    assertEquals("warning", mutex.at("/properties/problem.severity").asText());
    assertEquals("[\"memory\",\"freertos\"]", mutex.at("/properties/tags").toString());

    JsonNode thread = rules.get(1);
    assertEquals(SampleAnalysis.THREAD, thread.get("id").asText());
    assertEquals("error", thread.at("/defaultConfiguration/level").asText());
    assertEquals("error", thread.at("/properties/problem.severity").asText());
    // No doc: the summary stands in for the description and the help.
    assertEquals(thread.at("/shortDescription/text"), thread.at("/fullDescription/text"));
    assertEquals(thread.at("/shortDescription/text"), thread.at("/help/text"));
  }

  @Test
  void resultsCarryRelativeLocationsAndFingerprints() throws IOException {
    JsonNode results = run(write(SampleAnalysis.create(root), OPTIONS)).get("results");
    assertEquals(3, results.size());
    JsonNode mutex = results.get(0);
    assertEquals(SampleAnalysis.MUTEX, mutex.get("ruleId").asText());
    assertEquals(0, mutex.get("ruleIndex").asInt());
    assertEquals("warning", mutex.get("level").asText(), "written even though it is SARIF's default");
    JsonNode physical = mutex.at("/locations/0/physicalLocation");
    assertEquals("main/peer.cpp", physical.at("/artifactLocation/uri").asText());
    assertEquals("SRCROOT", physical.at("/artifactLocation/uriBaseId").asText());
    assertEquals("{\"startLine\":4,\"startColumn\":3,\"endLine\":4,\"endColumn\":19}", physical.get("region").toString());
    assertEquals(
        GithubLineHash.ofLines(SampleAnalysis.PEER_CPP).get(3),
        mutex.at("/partialFingerprints/primaryLocationLineHash").asText());
    assertEquals(
        StableFingerprint.of(SampleAnalysis.MUTEX, "main/peer.cpp", "Peer::lock"),
        mutex.at("/partialFingerprints/allocpath~1v1").asText());

    JsonNode thread = results.get(1);
    assertEquals(1, thread.get("ruleIndex").asInt());
    assertEquals("note", thread.get("level").asText(), "the finding's level overrides the rule's");
    assertEquals("Thread 'worker' is never joined.", thread.at("/message/text").asText());
    assertTrue(thread.at("/partialFingerprints/primaryLocationLineHash").isTextual());

    JsonNode missing = results.get(2);
    assertTrue(missing.at("/partialFingerprints/primaryLocationLineHash").isMissingNode());
    assertTrue(missing.at("/partialFingerprints/allocpath~1v1").isTextual());
  }

  @Test
  void flowsRelatedLocationsAndPropertiesAreWritten() throws IOException {
    JsonNode mutex = run(write(SampleAnalysis.create(root), OPTIONS)).at("/results/0");
    assertEquals(1, mutex.get("codeFlows").size());
    assertEquals(1, mutex.at("/codeFlows/0/threadFlows").size());
    JsonNode steps = mutex.at("/codeFlows/0/threadFlows/0/locations");
    assertEquals(2, steps.size());
    assertEquals("'Peer' is constructed.", steps.at("/0/location/message/text").asText());
    assertEquals(3, steps.at("/0/location/physicalLocation/region/startLine").asInt());
    assertEquals("main/peer.cpp", steps.at("/1/location/physicalLocation/artifactLocation/uri").asText());

    JsonNode related = mutex.get("relatedLocations");
    assertEquals(1, related.size());
    assertEquals(1, related.at("/0/id").asInt());
    assertEquals("The class.", related.at("/0/message/text").asText());
    assertTrue(mutex.at("/message/text").asText().endsWith("see [the class](1)."));

    assertEquals(
        List.of("allocationPath", "estimatedInternalRamBytes"), fieldNames(mutex.get("properties")));
    assertEquals(84, mutex.at("/properties/estimatedInternalRamBytes").asInt());

    JsonNode thread = run(write(SampleAnalysis.create(root), OPTIONS)).at("/results/1");
    assertFalse(thread.has("codeFlows"));
    assertFalse(thread.has("relatedLocations"));
    assertFalse(thread.has("properties"));
  }

  @Test
  void runDescribesItselfWithoutMachineSpecificData() throws IOException {
    JsonNode run = run(write(SampleAnalysis.create(root), OPTIONS));
    assertEquals("allocpath", run.at("/tool/driver/name").asText());
    assertEquals("1.2.3", run.at("/tool/driver/semanticVersion").asText());
    assertEquals(ToolIdentity.INFORMATION_URI, run.at("/tool/driver/informationUri").asText());
    assertEquals("allocpath/", run.at("/automationDetails/id").asText());
    assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    assertTrue(run.at("/originalUriBaseIds/SRCROOT/description/text").isTextual());
    assertFalse(run.at("/originalUriBaseIds/SRCROOT").has("uri"));

    JsonNode invocation = run.at("/invocations/0");
    assertTrue(invocation.get("executionSuccessful").asBoolean());
    assertEquals(
        List.of("executionSuccessful", "toolExecutionNotifications"),
        fieldNames(invocation).stream().sorted().toList(),
        "no timestamps, command line or working directory");
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertEquals(2, notes.size());
    assertEquals("parse-error", notes.at("/0/descriptor/id").asText());
    assertEquals("warning", notes.at("/0/level").asText());
    assertEquals("Could not parse the file.", notes.at("/0/message/text").asText());
    assertEquals("main/broken.c", notes.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("note", notes.at("/1/level").asText());
    assertFalse(notes.get(1).has("locations"));

    JsonNode properties = run.get("properties");
    assertEquals(List.of("buildSource", SampleAnalysis.MUTEX, "stats"), fieldNames(properties));
    assertEquals("cmake", properties.get("buildSource").asText());
    assertEquals("{\"lines\":12,\"units\":2}", properties.get("stats").toString());
    assertEquals("{\"internalBytes\":84,\"members\":1}", properties.get(SampleAnalysis.MUTEX).toString());
  }

  @Test
  void embeddingTheRootIsOptIn() throws IOException {
    JsonNode run = run(write(SampleAnalysis.create(root), OPTIONS.withEmbedRoot(true)));
    String uri = run.at("/originalUriBaseIds/SRCROOT/uri").asText();
    assertTrue(uri.startsWith("file:///"), uri);
    assertTrue(uri.endsWith("/"), uri);
    assertEquals(root.toAbsolutePath(), Path.of(java.net.URI.create(uri)));
  }

  @Test
  void categoryGetsATrailingSlash() throws IOException {
    JsonNode run = run(write(SampleAnalysis.create(root), OPTIONS.withCategory("firmware")));
    assertEquals("firmware/", run.at("/automationDetails/id").asText());
  }

  @Test
  void sourceRootAboveTheProjectPrefixesUris() throws IOException {
    Path project = root.resolve("fw/app");
    AnalysisResult result = SampleAnalysis.create(project);
    JsonNode mutex = run(write(result, OPTIONS.withSourceRoot(root))).at("/results/0");
    assertEquals("fw/app/main/peer.cpp", mutex.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("fw/app/main/peer.cpp", mutex.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
    // The file is still found (through the project root) for the line hash.
    assertTrue(mutex.at("/partialFingerprints/primaryLocationLineHash").isTextual());
    // Our own fingerprint does not depend on where the source root is.
    assertEquals(
        StableFingerprint.of(SampleAnalysis.MUTEX, "main/peer.cpp", "Peer::lock"),
        mutex.at("/partialFingerprints/allocpath~1v1").asText());
  }

  @Test
  void sourceRootMustContainTheProject() throws IOException {
    AnalysisResult result = SampleAnalysis.create(root.resolve("a"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write(result, OPTIONS.withSourceRoot(root.resolve("b"))));
    assertTrue(e.getMessage().contains("does not contain the project root"), e.getMessage());
  }

  @Test
  void emptyRunStillHasAResultsArray() throws IOException {
    AnalysisResult sample = SampleAnalysis.create(root);
    AnalysisResult empty =
        new AnalysisResult(root, sample.rules(), List.of(), List.of(), List.of(), "cmake", sample.stats());
    String sarif = write(empty, OPTIONS);
    assertEquals(List.of(), SarifSchemaValidator.errors(sarif));
    JsonNode run = run(sarif);
    assertTrue(run.get("results").isArray());
    assertEquals(0, run.get("results").size());
    assertFalse(run.at("/invocations/0").has("toolExecutionNotifications"));
  }

  @Test
  void limitsKeepTheMostSevereResultsAndSayWhatWasDropped() throws IOException {
    AnalysisResult sample = SampleAnalysis.create(root);
    List<RelatedLocation> related = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      related.add(new RelatedLocation(SourceLocation.ofLine("main/peer.cpp", i), "Place " + i + "."));
    }
    Finding note = finding("Note finding.", Severity.NOTE, List.of());
    Finding warning = finding("See [one](1) and [three](3).", Severity.WARNING, related);
    Finding error = finding("Error finding.", Severity.ERROR, List.of());
    AnalysisResult many =
        new AnalysisResult(root, sample.rules(), List.of(note, warning, error), List.of(), List.of(),
            "cmake", sample.stats());

    String sarif = write(many, OPTIONS.withLimits(2, 2));
    assertEquals(List.of(), SarifSchemaValidator.errors(sarif));
    JsonNode run = run(sarif);
    JsonNode results = run.get("results");
    assertEquals(2, results.size());
    // The note is dropped; the others keep their given order.
    assertEquals("See [one](1) and three.", results.at("/0/message/text").asText());
    assertEquals("Error finding.", results.at("/1/message/text").asText());
    assertEquals(2, results.at("/0/relatedLocations").size());

    JsonNode notes = run.at("/invocations/0/toolExecutionNotifications");
    assertEquals(2, notes.size());
    assertEquals(ResultLimits.KIND, notes.at("/0/descriptor/id").asText());
    assertEquals(
        "Wrote 2 of 3 results (the limit is 2 per run); dropped the least severe 1 (1 note), "
            + "spread evenly over the files, from 1 file: main/peer.cpp (1).",
        notes.at("/0/message/text").asText());
    assertEquals(
        "Dropped 2 related locations from 1 results, keeping the first 2 of each.",
        notes.at("/1/message/text").asText());
  }

  private static Finding finding(String message, Severity level, List<RelatedLocation> related) {
    return new Finding(SampleAnalysis.MUTEX, level, message, SourceLocation.ofLine("main/peer.cpp", 4),
        List.of(), related, Map.of(), message);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode run(String sarif) throws IOException {
    JsonNode log = JSON.readTree(sarif);
    assertEquals(1, log.get("runs").size());
    return log.at("/runs/0");
  }

  static String write(AnalysisResult result, SarifOptions options) throws IOException {
    return new String(bytes(result, options), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(AnalysisResult result, SarifOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifWriter().write(result, options, out);
    return out.toByteArray();
  }
}
