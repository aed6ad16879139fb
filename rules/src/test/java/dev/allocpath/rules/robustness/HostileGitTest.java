package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since} on a repository that commits an embedded repository (HEAD, config,
 * objects/, refs/) into the project directory, whose config names a program as
 * {@code core.fsmonitor}. Plain {@code git -C project diff} takes the project for that repository
 * and runs the program; allocpath's git must run nothing and must not hang.
 */
class HostileGitTest {
  @TempDir Path temp;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void anEmbeddedRepositorysFsmonitorNeverRuns() throws Exception {
    Path marker = temp.resolve("fsmonitor-ran");
    Path project = hostileCheckout("touch '" + marker + "'");
    ScanRun run = ScanRun.scan(project, temp.resolve("out.sarif"), "--changed-since", "HEAD")
        .expectExit(ExitCode.FINDINGS).expectCleanStderr();
    assertFalse(Files.exists(marker), "the repository's fsmonitor command ran");
    run.expectGoodFileAnalysed();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSlowFsmonitorCannotHangTheRun() throws Exception {
    Path project = hostileCheckout("sleep 100");
    long start = System.nanoTime();
    ScanRun.scan(project, temp.resolve("out.sarif"), "--changed-since", "HEAD")
        .expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed();
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    assertTrue(seconds < 60, "the scan waited for the repository's program: " + seconds + " s");
  }

  @Test
  void theEmbeddedRepositoryReallyIsOneThatGitWouldTake() throws Exception {
    // The premise of the tests above: without allocpath's care, git runs the command.
    Path marker = temp.resolve("naive-git-ran-it");
    Path project = hostileCheckout("touch '" + marker + "'");
    git(project, "diff", "--name-only", "HEAD", "--");
    assertTrue(Files.exists(marker), "naive git in the project directory runs the repository's fsmonitor");
  }

  /**
   * An outer repository with the bad-input project in {@code firmware/}, where {@code firmware/}
   * also holds a committed repository whose config runs {@code fsmonitor}; the good file then
   * changes, so {@code --changed-since HEAD} has something to report.
   */
  private Path hostileCheckout(String fsmonitor) throws Exception {
    Path source = temp.resolve("source");
    Files.createDirectories(source);
    Files.writeString(source.resolve("readme.txt"), "x\n");
    git(source, "init", "-q");
    git(source, "add", "readme.txt");
    git(source, "commit", "-q", "-m", "seed");
    Path repo = temp.resolve("repo");
    BadInputProject p = new BadInputProject(repo.resolve("firmware"));
    Path project = p.root();
    copyTree(source.resolve(".git/objects"), project.resolve("objects"));
    copyTree(source.resolve(".git/refs"), project.resolve("refs"));
    Files.copy(source.resolve(".git/HEAD"), project.resolve("HEAD"));
    Files.writeString(project.resolve("config"), "[core]\n\trepositoryformatversion = 0\n\tbare = false\n"
        + "\tworktree = .\n\tfsmonitor = " + fsmonitor + "\n");
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "hostile");
    Files.writeString(p.path(BadInputProject.GOOD_FILE),
        Files.readString(p.path(BadInputProject.GOOD_FILE)) + "// changed\n");
    return project;
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.email=test@example.invalid",
        "-c", "user.name=test", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    assertEquals(true, Files.isDirectory(to));
  }
}
