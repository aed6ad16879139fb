package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changed-lines mode on real {@code git diff} output, the project found above the changed files,
 * and text paths as seen from the directory allocpath runs in (a repository whose firmware is in
 * {@code firmware/}). Runs that depend on the working directory run in a child JVM started there.
 */
class ChangedLinesTest {
  @TempDir Path repo;
  private Path firmware;

  @BeforeEach
  void repositoryWithAProjectInFirmware() throws Exception {
    firmware = repo.resolve("firmware");
    SmallProject.write(firmware);
    SmallProject.file(firmware, "CMakeLists.txt", """
        cmake_minimum_required(VERSION 3.16)
        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        project(product)
        """);
    SmallProject.file(firmware, "components/net/src/guarded.h", """
        #include <mutex>
        struct Guarded {
          int value;
        };
        """);
    SmallProject.file(firmware, "components/net/src/net.cpp", """
        #include <mutex>
        #include "guarded.h"
        // One session per peer.
        struct Session {
          std::mutex lock;
          int id;
          Guarded state;
        };
        """);
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", "start");
  }

  @Test
  void aCommentOnlyEditPassesAndCountsThePreExistingFinding() throws Exception {
    edit("components/net/src/net.cpp", "// One session per peer.", "// One session per peer; it lives as long as its socket.");
    CliRun run = CliRun.of("scan", firmware.toString(), "--diff-lines", diff().toString(), "--color", "never");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("No findings."), run.out());
    assertTrue(run.err().contains("1 pre-existing finding in the changed files is on lines the change does not touch"),
        run.err());
  }

  @Test
  void addingARecursiveMutexMemberFailsAndOnlyItIsReported() throws Exception {
    edit("components/net/src/net.cpp", "  int id;", "  int id;\n  std::recursive_mutex callbacks;");
    CliRun run = CliRun.of("scan", firmware.toString(), "--diff-lines", diff().toString(), "--color", "never");
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("Member 'Session::callbacks' of type 'std::recursive_mutex'"), run.out());
    assertTrue(run.out().contains("note: Reported because the change touches this line (its location)."), run.out());
    assertFalse(run.out().contains("Session::lock'"), "the untouched pre-existing finding is left out:\n" + run.out());
    assertTrue(run.err().contains("1 pre-existing finding"), run.err());
  }

  @Test
  void aTouchedFlowStepInAHeaderReportsTheMemberThatHoldsIt() throws Exception {
    edit("components/net/src/guarded.h", "  int value;", "  int value;\n  std::mutex m;");
    CliRun run = CliRun.of("scan", firmware.toString(), "--diff-lines", diff().toString(), "--format", "sarif");
    assertEquals(1, run.exit(), run.err());
    JsonNode results = new ObjectMapper().readTree(run.out()).at("/runs/0/results");
    List<String> seen = new ArrayList<>();
    for (JsonNode r : results) {
      seen.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + " "
          + r.at("/properties/changedLine/kind").asText());
    }
    assertTrue(seen.contains("components/net/src/guarded.h location"), seen.toString());
    // Session::state lies on an untouched line of net.cpp; its path runs through the new mutex.
    assertTrue(seen.stream().anyMatch(s -> s.matches("components/net/src/net\\.cpp flow step \\d+")), seen.toString());
    assertEquals("allocpath-changed/", new ObjectMapper().readTree(run.out()).at("/runs/0/automationDetails/id").asText(),
        "a narrowed SARIF must not replace a full scan's alerts");
  }

  @Test
  void theStagedDiffIsReadFromGitAndTheProjectIsFoundAboveTheFiles() throws Exception {
    edit("components/net/src/net.cpp", "  int id;", "  int id;\n  std::recursive_mutex callbacks;");
    git("add", "-A");
    Child run = child(repo, "scan", "--staged-lines", "firmware/components/net/src/net.cpp", "--color", "never");
    assertEquals(1, run.exit, run.out + run.err);
    assertTrue(run.out.contains("firmware/components/net/src/net.cpp:7:24: warning: Member 'Session::callbacks'"),
        run.out);
    assertFalse(run.out.contains("Session::lock'"), run.out);
  }

  @Test
  void textPathsAreRelativeToTheWorkingDirectoryOrAbsoluteAndSarifIsUnchanged() throws Exception {
    Child relative = child(repo, "scan", "firmware", "--color", "never");
    assertEquals(1, relative.exit, relative.err);
    assertTrue(relative.out.contains("\nfirmware/components/net/src/worker.c:5:10: warning: Thread created"),
        relative.out);
    Child fromInside = child(firmware.resolve("components"), "scan", "..", "--color", "never");
    assertTrue(fromInside.out.contains("\nnet/src/worker.c:5:10: warning:"), fromInside.out);
    Child absolute = child(repo, "scan", "firmware", "--color", "never", "--absolute-paths");
    String real = firmware.toRealPath().toString();
    assertTrue(absolute.out.contains("\n" + real + "/components/net/src/worker.c:5:10: warning:"), absolute.out);
    Child sarif = child(repo, "scan", "firmware", "--format", "sarif");
    assertTrue(sarif.out.contains("\"uri\": \"components/net/src/worker.c\""), sarif.out);
    assertFalse(sarif.out.contains(real), "no absolute path in SARIF");
  }

  @Test
  void badDiffInputIsAUsageError() throws Exception {
    Path notADiff = repo.resolve("notes.txt");
    Files.writeString(notADiff, "just text\n");
    CliRun run = CliRun.of("scan", firmware.toString(), "--diff-lines", notADiff.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("not a unified diff"), run.err());
    CliRun both = CliRun.of("scan", firmware.toString(), "--diff-lines", notADiff.toString(), "--staged-lines");
    assertEquals(2, both.exit());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = firmware.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), file + " has no '" + from + "'");
    Files.writeString(path, text.replace(from, to));
  }

  /** {@code git diff -U0} of the work tree, written where a user would keep it. */
  private Path diff() throws Exception {
    Path out = repo.resolve("change.diff");
    Files.writeString(out, git("diff", "-U0"));
    return out;
  }

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + command + ": " + out);
    return out;
  }

  private record Child(int exit, String out, String err) {}

  /** allocpath in a fresh JVM whose working directory is {@code dir}. */
  private static Child child(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.allocpath.cli.Main"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir.getFileSystem().getPath(System.getProperty("java.io.tmpdir")), "allocpath", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "allocpath did not finish");
      return new Child(p.exitValue(), out, Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
