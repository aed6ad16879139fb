package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allocpath.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs a scan cannot start from (a broken config, a missing project directory) or cannot finish
 * with (an output path that cannot be written): exit code 2 and one line on stderr. When a SARIF
 * file was asked for and can be written, it says why the run failed, so a CI upload step shows
 * the cause rather than stale results.
 */
class UnusableRunTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bad_level.yml, .allocpath.yml:2: rules.esp-mutex-member: 'loud' is not a level",
      "broken_yaml.yml, .allocpath.yml:",
      "unknown_key.yml, .allocpath.yml:1: unknown key 'rulez'",
  })
  void malformedConfigIsExitCode2WithTheFileInSarif(String file, String message) {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    p.write(".allocpath.yml", BadInputProject.read(BadInputProject.testdata("config/" + file)));
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.USAGE).expectCleanStderr();
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("allocpath: " + message), run.err());
    JsonNode note = run.notification(".allocpath.yml", "input-error");
    assertEquals("error", note.get("level").asText());
    assertFalse(run.sarif().at("/runs/0/invocations/0/executionSuccessful").asBoolean(true));
    assertEquals(0, run.results().size());
    assertFalse(run.sarif().toString().contains(temp.toString()), "no absolute paths in the SARIF file");
  }

  @Test
  void missingProjectDirectoryIsExitCode2() {
    ScanRun run = ScanRun.scan(temp.resolve("no-such-project"), temp.resolve("out.sarif"))
        .expectExit(ExitCode.USAGE).expectCleanStderr();
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("project directory does not exist"), run.err());
    JsonNode note = run.notifications().get(0);
    assertEquals("input-error", note.at("/descriptor/id").asText());
    assertTrue(note.at("/message/text").asText().contains("no-such-project"));
    assertFalse(run.sarif().at("/runs/0/invocations/0/executionSuccessful").asBoolean(true));
  }

  @Test
  void unwritableOutputIsExitCode2AndTouchesNothing() throws IOException {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    Path blocker = temp.resolve("not-a-directory");
    Files.writeString(blocker, "a file where a directory should be\n");
    Path target = blocker.resolve("out.sarif");
    ScanRun run = ScanRun.scan(p.root(), target).expectExit(ExitCode.USAGE).expectCleanStderr();
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("allocpath: cannot write " + target), run.err());
    assertEquals("a file where a directory should be\n", Files.readString(blocker));
    try (var left = Files.list(temp)) {
      assertEquals(0, left.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  @Test
  void outputIntoADirectoryKeepsWhatIsThere() throws IOException {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    Path dir = Files.createDirectories(temp.resolve("reports"));
    Files.writeString(dir.resolve("keep.txt"), "old\n");
    ScanRun run = ScanRun.scan(p.root(), dir).expectExit(ExitCode.USAGE).expectCleanStderr();
    assertTrue(run.err().contains("it is a directory"), run.err());
    assertEquals("old\n", Files.readString(dir.resolve("keep.txt")));
  }
}
