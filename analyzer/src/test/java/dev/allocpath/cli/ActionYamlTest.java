package dev.allocpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The composite GitHub Action in {@code action.yml}, read with the YAML parser the config reader
 * uses: its steps (setup-java, the scan, the SARIF upload with a current upload-sarif), the
 * category input reaching both the scan and the upload, inputs passed through the environment
 * rather than spliced into scripts, options that the scan command has, and the permissions it
 * documents; and the README's workflow uses it.
 */
class ActionYamlTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static JsonNode action() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
  }

  @Test
  void theActionIsCompositeWithSetupJavaScanAndUpload() throws IOException {
    JsonNode action = action();
    assertEquals("composite", action.at("/runs/using").asText());
    JsonNode steps = action.at("/runs/steps");
    List<String> uses = new ArrayList<>();
    steps.forEach(s -> uses.add(s.path("uses").asText("")));
    assertTrue(uses.contains("actions/setup-java@v4"), uses.toString());
    assertTrue(uses.contains("github/codeql-action/upload-sarif@v4"), uses.toString());
    JsonNode upload = find(steps, "github/codeql-action/upload-sarif@v4");
    assertEquals("${{ inputs.category }}", upload.at("/with/category").asText(), "the category input is honoured");
    assertEquals("${{ inputs.sarif-file }}", upload.at("/with/sarif_file").asText());
    assertEquals("${{ inputs.java-version }}", find(steps, "actions/setup-java@v4").at("/with/java-version").asText());

    JsonNode scan = null;
    for (JsonNode step : steps) {
      if (step.path("id").asText().equals("scan")) {
        scan = step;
      }
    }
    assertTrue(scan != null, "no step with id scan");
    String script = scan.get("run").asText();
    assertTrue(script.contains("\"$GITHUB_ACTION_PATH/allocpath\" scan"), script);
    assertTrue(script.contains("--category \"$ALLOCPATH_CATEGORY\""), script);
    assertEquals("${{ inputs.category }}", scan.at("/env/ALLOCPATH_CATEGORY").asText());
    assertTrue(script.contains("--format sarif"), script);
  }

  @Test
  void noInputIsSplicedIntoAScript() throws IOException {
    for (JsonNode step : action().at("/runs/steps")) {
      assertFalse(step.path("run").asText().contains("${{"), "expression in a script: " + step.path("run").asText());
    }
  }

  @Test
  void everyOptionTheActionPassesIsAScanOption() throws IOException {
    StringWriter help = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(help), new PrintWriter(new StringWriter()), "scan", "--help"));
    String script = "";
    for (JsonNode step : action().at("/runs/steps")) {
      script += step.path("run").asText();
    }
    Matcher option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+").matcher(script);
    int count = 0;
    while (option.find()) {
      count++;
      assertTrue(help.toString().contains(option.group()), option.group() + " is not an option of allocpath scan");
    }
    assertTrue(count >= 4, "options found: " + count);
  }

  @Test
  void thePermissionsAreDocumentedAndTheReadmeWorkflowUsesTheAction() throws IOException {
    String text = Files.readString(ROOT.resolve("action.yml"));
    for (String permission : List.of("contents: read", "security-events: write", "actions: read")) {
      assertTrue(text.contains(permission), "action.yml does not document " + permission);
    }
    String readme = Files.readString(ROOT.resolve("README.md"));
    int workflow = readme.indexOf("# .github/workflows/allocpath.yml");
    assertTrue(workflow >= 0, "README has no workflow snippet");
    String snippet = readme.substring(workflow, readme.indexOf("```", workflow));
    JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(snippet);
    for (String permission : List.of("contents", "security-events", "actions")) {
      assertFalse(parsed.at("/permissions/" + permission).isMissingNode(), "workflow lacks permission " + permission);
    }
    List<String> uses = new ArrayList<>();
    parsed.at("/jobs/scan/steps").forEach(s -> uses.add(s.path("uses").asText("")));
    assertTrue(uses.stream().anyMatch(u -> u.startsWith("allocpath/allocpath@")), uses.toString());
    assertFalse(snippet.contains("mvn"), "the workflow builds nothing itself");
  }

  private static JsonNode find(JsonNode steps, String uses) {
    for (JsonNode step : steps) {
      if (step.path("uses").asText().equals(uses)) {
        return step;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }
}
