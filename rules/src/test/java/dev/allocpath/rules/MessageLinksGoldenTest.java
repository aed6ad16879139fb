package dev.allocpath.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Across every SARIF golden: each embedded link of a result message ({@code [text](id)}) points at
 * an existing {@code relatedLocations[].id} of that result, and each related location is linked
 * from the message (GitHub code scanning and the VS Code SARIF viewer show related locations only
 * through such links). Code flows stay as they are.
 */
class MessageLinksGoldenTest {
  private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\((\\d+)\\)");

  @Test
  void everyLinkResolvesAndEveryRelatedLocationIsLinked() throws IOException {
    List<String> problems = new ArrayList<>();
    int links = 0;
    int flows = 0;
    try (Stream<Path> files = Files.list(SarifSamplesTest.samples())) {
      for (Path golden : files.filter(p -> p.toString().endsWith(".sarif")).sorted().toList()) {
        JsonNode results = new ObjectMapper().readTree(golden.toFile()).at("/runs/0/results");
        for (JsonNode result : results) {
          String message = result.at("/message/text").asText();
          Set<Integer> linked = new TreeSet<>();
          Matcher m = LINK.matcher(message);
          while (m.find()) {
            linked.add(Integer.parseInt(m.group(2)));
          }
          Set<Integer> ids = new TreeSet<>();
          result.path("relatedLocations").forEach(r -> ids.add(r.path("id").asInt(-1)));
          String where = golden.getFileName() + " " + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
              + ":" + result.at("/locations/0/physicalLocation/region/startLine").asInt() + " ";
          if (!ids.containsAll(linked)) {
            problems.add(where + "links " + linked + " but has related ids " + ids + ": " + message);
          }
          if (!linked.containsAll(ids)) {
            problems.add(where + "does not link related ids " + ids + " (links " + linked + "): " + message);
          }
          links += linked.size();
          flows += result.path("codeFlows").size();
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(links > 0, "no links at all");
    assertTrue(flows > 0, "code flows are kept");
  }
}
