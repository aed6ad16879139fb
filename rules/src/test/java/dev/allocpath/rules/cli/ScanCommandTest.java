package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command as users and hooks call it: exit codes, formats, narrowing, suppression. */
class ScanCommandTest {
  @TempDir Path root;

  @Test
  void textOutputIsClangStyleAndExitCodeFollowsFailOn() {
    SmallProject.write(root);
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never");
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("components/net/src/net.cpp:3:14: warning: Member 'Session::lock' of type"
        + " 'std::mutex' holds 1 std::mutex by value"), run.out());
    assertTrue(run.out().contains("[esp-mutex-member]"), run.out());
    assertTrue(run.out().contains("components/net/src/worker.c:5:10: warning: Thread created by pthread_create"),
        run.out());
    assertFalse(run.out().contains("\u001b["), "no colour when asked not to");
    assertEquals(0, CliRun.of("scan", root.toString(), "--fail-on", "error").exit());
    assertEquals(0, CliRun.of("scan", root.toString(), "--fail-on", "never").exit());
  }

  @Test
  void usageErrorsAreOneLineWithExitCode2() {
    CliRun missing = CliRun.of("scan", root.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(missing.err().contains("project directory does not exist"), missing.err());

    CliRun badLevel = CliRun.of("scan", root.toString(), "--fail-on", "loud");
    assertEquals(2, badLevel.exit());
    assertTrue(badLevel.err().contains("--fail-on: unknown level 'loud'"), badLevel.err());

    CliRun badOption = CliRun.of("scan", "--no-such-option");
    assertEquals(2, badOption.exit());
    assertFalse(badOption.err().contains("\tat "), badOption.err());
  }

  /** A pipe the test makes in its own directory stands for any device node: it is never replaced. */
  @Test
  void outputOntoANonRegularFileIsRefusedAndTheNodeKept() throws Exception {
    SmallProject.write(root);
    Path fifo = root.resolve("out.pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CliRun run = CliRun.of("scan", root.toString(), "--format", "sarif", "--output", fifo.toString());
    assertEquals(2, run.exit(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("not a regular file"), run.err());
    assertFalse(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void outputDashStreamsToStandardOutput() {
    SmallProject.write(root);
    CliRun run = CliRun.of("scan", root.toString(), "--format", "sarif", "--output", "-", "--fail-on", "never");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"version\": \"2.1.0\"") || run.out().contains("\"version\":\"2.1.0\""),
        run.out().substring(0, Math.min(300, run.out().length())));
    assertFalse(Files.exists(root.resolve("-")));
  }

  @Test
  void badConfigIsExitCode2NamingTheLine() throws IOException {
    SmallProject.write(root);
    Files.writeString(root.resolve(".allocpath.yml"), "rules:\n  esp-mutex-membr: off\n");
    CliRun run = CliRun.of("scan", root.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains(".allocpath.yml:2: unknown key 'rules.esp-mutex-membr'"), run.err());
  }

  @Test
  void configTurnsRulesOffAndChangesLevelsAndCosts() throws IOException {
    SmallProject.write(root);
    Files.writeString(root.resolve(".allocpath.yml"), """
        rules:
          esp-unjoined-thread: off
          esp-mutex-member: note
        costs:
          "std::mutex": 100
        """);
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never");
    assertEquals(0, run.exit(), "notes do not fail the default --fail-on warning");
    assertFalse(run.out().contains("esp-unjoined-thread]"), run.out());
    assertTrue(run.out().contains("note: Member 'Session::lock'"), run.out());
    assertTrue(run.out().contains("about 100 bytes"), run.out());
  }

  @Test
  void filesNarrowTheReportButTheProjectIsStillAnalysed() {
    SmallProject.write(root);
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never",
        "--files", root.resolve("components/util/util.cpp").toString());
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("Registry::guard"), run.out());
    assertFalse(run.out().contains("Session::lock"), run.out());

    CliRun cmake = CliRun.of("scan", root.toString(), "--color", "never",
        root.resolve("components/net/CMakeLists.txt").toString());
    assertTrue(cmake.out().contains("Session::lock"), "a changed CMakeLists.txt stands for its component");
    assertTrue(cmake.out().contains("worker.c"), cmake.out());
    assertFalse(cmake.out().contains("Registry::guard"), cmake.out());
  }

  @Test
  void changedSinceReportsOnlyFilesGitSeesChanged() throws Exception {
    SmallProject.write(root);
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", "base");
    SmallProject.file(root, "components/util/util.cpp", """
        #include <mutex>
        struct Registry {
          std::recursive_mutex guard;
          std::mutex added;
        };
        """);
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never", "--changed-since", "HEAD");
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("Registry::added'"), run.out());
    assertFalse(run.out().contains("Session::lock'"), "unchanged file: " + run.out());

    CliRun bad = CliRun.of("scan", root.toString(), "--changed-since", "no-such-revision");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("git diff failed"), bad.err());
  }

  private void git(String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", root.toString()));
    command.addAll(java.util.List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertEquals(0, process.waitFor(), "git " + String.join(" ", args));
  }

  @Test
  void inlineSuppressionsAndNolint() {
    SmallProject.write(root);
    SmallProject.file(root, "components/net/src/net.cpp", """
        #include <mutex>
        struct Session {
          // allocpath-ignore esp-mutex-member: one session per process
          std::mutex lock;
          std::mutex other; // NOLINT(esp-*)
          std::mutex kept; // NOLINT
        };
        """);
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never");
    assertFalse(run.out().contains("Session::lock'"), run.out());
    assertFalse(run.out().contains("Session::other'"), run.out());
    assertTrue(run.out().contains("Session::kept'"), "a bare NOLINT is not ours: " + run.out());
  }

  @Test
  void suppressedFindingsAppearInSarifOnlyWhenAsked() throws IOException {
    SmallProject.write(root);
    SmallProject.file(root, "components/util/util.cpp", """
        #include <mutex>
        struct Registry {
          std::recursive_mutex guard; // allocpath-ignore esp-mutex-member: global singleton
        };
        """);
    Path out = root.resolve("out.sarif");
    CliRun.of("scan", root.toString(), "--format", "sarif", "--output", out.toString());
    assertFalse(Files.readString(out).contains("Registry::guard"));
    CliRun.of("scan", root.toString(), "--format", "sarif", "--output", out.toString(), "--include-suppressed");
    JsonNode results = new ObjectMapper().readTree(out.toFile()).path("runs").path(0).path("results");
    JsonNode suppressed = null;
    for (JsonNode r : results) {
      if (r.path("message").path("text").asText().contains("Registry::guard")) {
        suppressed = r;
      }
    }
    assertTrue(suppressed != null, results.toString());
    assertEquals("inSource", suppressed.path("suppressions").path(0).path("kind").asText());
    assertEquals("global singleton", suppressed.path("suppressions").path(0).path("justification").asText());
  }

  @Test
  void baselineSurvivesLineMovesAndReportsOnlyNewFindings() throws IOException {
    SmallProject.write(root);
    Path baseline = root.resolve("baseline.json");
    CliRun write = CliRun.of("scan", root.toString(), "--write-baseline", baseline.toString());
    assertEquals(0, write.exit(), write.err());
    assertTrue(Files.readString(baseline).contains("\"rule\" : \"esp-mutex-member\""));

    assertEquals(0, CliRun.of("scan", root.toString(), "--baseline", baseline.toString()).exit());

    SmallProject.file(root, "components/net/src/net.cpp", """
        #include <mutex>

        // moved down by a comment
        struct Session {
          int id;
          std::mutex lock;
          std::mutex added;
        };
        """);
    CliRun after = CliRun.of("scan", root.toString(), "--baseline", baseline.toString(), "--color", "never");
    assertEquals(1, after.exit());
    assertTrue(after.out().contains("Session::added'"), after.out());
    assertFalse(after.out().contains("Session::lock'"), "moved finding stays baselined: " + after.out());

    Files.writeString(baseline, "{ not json");
    CliRun bad = CliRun.of("scan", root.toString(), "--baseline", baseline.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("is not JSON (line 1"), bad.err());
  }

  @Test
  void summaryTablesOnlyWhenAsked() {
    SmallProject.write(root);
    CliRun brief = CliRun.of("scan", root.toString(), "--color", "never");
    assertTrue(brief.out().contains("rerun with --summary"), brief.out());
    assertFalse(brief.out().contains("held by value, per class instance"), brief.out());
    CliRun full = CliRun.of("scan", root.toString(), "--color", "never", "--summary");
    assertTrue(full.out().contains("Synchronization primitives held by value, per class instance:"), full.out());
    assertTrue(full.out().contains("Session: 1 primitive by value (1 std::mutex), about 84 bytes per instance"),
        full.out());
    assertTrue(full.out().contains("net: default heap (no redirect)"), full.out());
  }

  @Test
  void listRulesAndVersion() {
    CliRun rules = CliRun.of("--list-rules");
    assertEquals(0, rules.exit());
    assertTrue(rules.out().contains("esp-mutex-member"), rules.out());
    assertTrue(rules.out().contains("esp-unredirected-alloc"), rules.out());
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("allocpath "), version.out());
  }

  @Test
  void unwritableOutputIsExitCode2() {
    SmallProject.write(root);
    CliRun run = CliRun.of("scan", root.toString(), "--format", "sarif", "--output",
        root.resolve("components/net/src/net.cpp/inside-a-file.sarif").toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("allocpath: cannot write"), run.err());
  }
}
