package dev.allocpath.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allocpath.api.Finding;
import dev.allocpath.sarif.StableFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Known findings a team has accepted for now: a file of stable fingerprints (rule, path and what
 * is reported, not the line), so moving code does not bring a baselined finding back, while a
 * new finding still shows.
 */
public final class Baseline {
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Reads a baseline; a missing or malformed file is an {@link IllegalArgumentException} with one line. */
  public static Baseline read(Path file) {
    JsonNode root;
    String again = " (write a new one with --write-baseline " + file + ")";
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("baseline " + file + " is not JSON (line " + e.getLocation().getLineNr()
          + ": " + e.getOriginalMessage() + ")" + again);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("baseline " + file + " does not exist (check the path, or create it with --write-baseline "
          + file + ")");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IllegalArgumentException("baseline " + file + " is not UTF-8 text" + again);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IllegalArgumentException("baseline " + file + " cannot be read: permission denied");
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "it is a directory" : e.getClass().getSimpleName() + ": " + e.getMessage();
      throw new IllegalArgumentException("baseline " + file + " cannot be read: " + why);
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray()) {
      throw new IllegalArgumentException("baseline " + file + " is not an allocpath baseline (no \"findings\" list)" + again);
    }
    if (root.path("format").asInt() != FORMAT) {
      throw new IllegalArgumentException("baseline " + file + " has format " + root.path("format").asText("(none)")
          + "; this allocpath reads format " + FORMAT + again);
    }
    Set<String> known = new TreeSet<>();
    for (JsonNode entry : root.path("findings")) {
      known.add(entry.path("fingerprint").asText());
    }
    return new Baseline(known);
  }

  /** Moves findings the baseline knows into the suppressed list (kind {@code external}). */
  public AnalysisResult apply(AnalysisResult result) {
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>(result.suppressed());
    for (Finding finding : result.findings()) {
      if (fingerprints.contains(StableFingerprint.of(finding))) {
        suppressed.add(new SuppressedFinding(finding, "external", "in the baseline"));
      } else {
        kept.add(finding);
      }
    }
    return result.withFindings(kept, suppressed);
  }

  /** The baseline text for the current findings: sorted, deterministic. */
  public static String render(List<Finding> findings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "allocpath");
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("findings");
    findings.stream()
        .sorted(Comparator.comparing(StableFingerprint::of))
        .forEach(f -> {
          ObjectNode entry = list.addObject();
          entry.put("fingerprint", StableFingerprint.of(f));
          entry.put("rule", f.ruleId());
          entry.put("path", f.location().path());
          entry.put("message", dev.allocpath.sarif.MessageLinks.toPlainText(f.message()));
        });
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
