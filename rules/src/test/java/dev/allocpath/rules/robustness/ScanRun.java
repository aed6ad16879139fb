package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One in-process run of {@code allocpath scan ... --format sarif --output FILE}, with its exit
 * code, what it printed on stderr and the SARIF it wrote, plus the checks every bad-input case
 * makes: one line per problem, no stack trace, the file in a SARIF notification.
 */
record ScanRun(int exit, String err, JsonNode sarif) {
  /** {@code path:line: level: message [kind]}, or {@code allocpath: message} for run-wide errors. */
  private static final Pattern NOTIFICATION_LINE =
      Pattern.compile("(\\S[^:]*:\\d+: (warning|error|note): .+ \\[[a-z0-9-]+\\])|(allocpath: .+)");

  /** Scans {@code project} with the given extra options; the SARIF goes to a file next to it. */
  static ScanRun scan(Path project, Path sarifFile, String... options) {
    List<String> args = new ArrayList<>(List.of("scan", project.toString(), "--format", "sarif",
        "--output", sarifFile.toString()));
    args.addAll(List.of(options));
    if (!args.contains("--threads")) {
      args.addAll(List.of("--threads", "1"));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals("", out.toString(), "with --output nothing goes to stdout");
    JsonNode sarif = null;
    if (Files.isRegularFile(sarifFile)) {
      try {
        sarif = new ObjectMapper().readTree(sarifFile.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("the SARIF file is not whole JSON", e);
      }
    }
    // The CLI prints paths relative to the working directory (as compilers do); the checks here
    // name files relative to the project, so that prefix is taken off each line.
    String prefix = Path.of("").toAbsolutePath().relativize(project.toAbsolutePath().normalize()) + "/";
    String projectRelative = err.toString().replaceAll("(?m)^" + Pattern.quote(prefix), "");
    return new ScanRun(exit, projectRelative, sarif);
  }

  ScanRun expectExit(int expected) {
    assertEquals(expected, exit, "exit code; stderr:\n" + err);
    return this;
  }

  /** Every stderr line is one complete message; nothing looks like a Java stack trace. */
  ScanRun expectCleanStderr() {
    assertFalse(err.contains("Exception"), "no exception names for the user:\n" + err);
    assertFalse(err.contains("\tat ") || err.contains("at dev.allocpath") || err.contains("at java."),
        "no stack trace:\n" + err);
    for (String line : err.lines().toList()) {
      assertTrue(NOTIFICATION_LINE.matcher(line).matches(), "not a one-line message: '" + line + "'\n" + err);
    }
    return this;
  }

  /**
   * The problem with {@code file} is on stderr (one line naming the file and the kind) and in the
   * SARIF run's toolExecutionNotifications (with the file as its location).
   */
  ScanRun expectProblem(String file, String kind, String messagePart) {
    List<String> lines = err.lines().filter(l -> l.startsWith(file + ":") && l.endsWith("[" + kind + "]")).toList();
    assertFalse(lines.isEmpty(), "no stderr line for " + file + " [" + kind + "]:\n" + err);
    assertTrue(lines.stream().anyMatch(l -> l.contains(messagePart)),
        "stderr names " + file + " but not '" + messagePart + "':\n" + err);
    JsonNode note = notification(file, kind, messagePart);
    assertTrue(note.get("level").asText().equals("warning") || note.get("level").asText().equals("error"),
        "a skipped or broken input is at least a warning: " + note);
    return this;
  }

  /** No notification at all names {@code file}: it was analysed as ordinary source. */
  ScanRun expectNoProblemWith(String file) {
    for (JsonNode n : notifications()) {
      assertFalse(file.equals(uriOf(n)), "unexpected notification for " + file + ": " + n);
    }
    assertFalse(err.lines().anyMatch(l -> l.startsWith(file + ":")), err);
    return this;
  }

  /** The good neighbour's finding is there: the scan went on past the bad input. */
  ScanRun expectGoodFileAnalysed() {
    return expectFinding(BadInputProject.GOOD_FILE, BadInputProject.GOOD_LINE, "esp-mutex-member");
  }

  ScanRun expectFinding(String file, int line, String ruleId) {
    for (JsonNode r : results()) {
      JsonNode location = r.at("/locations/0/physicalLocation");
      if (ruleId.equals(r.get("ruleId").asText())
          && file.equals(location.at("/artifactLocation/uri").asText())
          && line == location.at("/region/startLine").asInt()) {
        return this;
      }
    }
    fail("no " + ruleId + " finding at " + file + ":" + line + " in " + results());
    return this;
  }

  ScanRun expectNoFindingIn(String file) {
    for (JsonNode r : results()) {
      assertFalse(file.equals(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()),
          "unexpected finding in " + file + ": " + r);
    }
    return this;
  }

  JsonNode notification(String file, String kind) {
    return notification(file, kind, "");
  }

  JsonNode notification(String file, String kind, String messagePart) {
    for (JsonNode n : notifications()) {
      if (file.equals(uriOf(n)) && kind.equals(n.at("/descriptor/id").asText())
          && n.at("/message/text").asText().contains(messagePart)) {
        return n;
      }
    }
    fail("no SARIF notification " + kind + " for " + file + " with '" + messagePart + "' in " + notifications());
    return null;
  }

  List<JsonNode> notifications() {
    assertTrue(sarif != null, "no SARIF file was written; stderr:\n" + err);
    List<JsonNode> out = new ArrayList<>();
    sarif.at("/runs/0/invocations/0/toolExecutionNotifications").forEach(out::add);
    return out;
  }

  List<JsonNode> results() {
    assertTrue(sarif != null, "no SARIF file was written; stderr:\n" + err);
    List<JsonNode> out = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(out::add);
    return out;
  }

  private static String uriOf(JsonNode notification) {
    return notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
  }
}
