package dev.allocpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git runner's own promises: a real timeout that kills git's children, and the root it picks. */
class SafeGitTest {
  @TempDir Path temp;

  @Test
  void aHangingGitAndEverythingItStartedAreKilledAtTheTimeout() throws Exception {
    Path pidFile = temp.resolve("child.pid");
    Path fakeGit = temp.resolve("fake-git");
    // Stands in for git running a slow hook: a child that would outlive a naive kill of git.
    Files.writeString(fakeGit, "#!/bin/sh\nsleep 100 &\necho $! > '" + pidFile + "'\nwait\n");
    Files.setPosixFilePermissions(fakeGit, PosixFilePermissions.fromString("rwx------"));
    Files.createDirectory(temp.resolve(".git"));
    SafeGit git = new SafeGit(fakeGit.toString(), temp, Duration.ofSeconds(1));
    long start = System.nanoTime();
    SafeGit.GitFailure failure = assertThrows(SafeGit.GitFailure.class, () -> git.run(List.of("diff")));
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    assertTrue(seconds < 15, "the timeout is real: " + seconds + " s");
    assertTrue(failure.getMessage().contains("did not finish within 1 s and was stopped"), failure.getMessage());
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertFalse(running(child), "the hook's process was killed too");
  }

  /** Alive and not a zombie (a killed orphan stays one until some parent reaps it). */
  private static boolean running(long pid) throws Exception {
    for (int i = 0; i < 50; i++) {
      Path stat = Path.of("/proc/" + pid + "/stat");
      String text;
      try {
        text = Files.readString(stat);
      } catch (java.io.IOException gone) {
        return false;
      }
      String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
      if (state.equals("Z") || state.equals("X")) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  @Test
  void aGitThatWritesMoreThanAPipeHoldsDoesNotBlock() throws Exception {
    Path fakeGit = temp.resolve("fake-git");
    Files.writeString(fakeGit, "#!/bin/sh\nhead -c 1000000 /dev/zero | tr '\\0' 'a'\nhead -c 200000 /dev/zero | tr '\\0' 'b' >&2\n");
    Files.setPosixFilePermissions(fakeGit, PosixFilePermissions.fromString("rwx------"));
    SafeGit.Result result = new SafeGit(fakeGit.toString(), temp, Duration.ofSeconds(30)).run(List.of("diff"));
    assertEquals(0, result.exitCode());
    assertEquals(1_000_000, result.out().length());
    assertEquals(200_000, result.err().length());
  }

  @Test
  void theRepositoryRootIsTheNearestDotGitAboveNeverCommittedRepositoryFiles() throws Exception {
    Path repo = temp.resolve("repo");
    Path project = repo.resolve("firmware/app");
    Files.createDirectories(project.resolve("objects"));
    Files.createDirectories(project.resolve("refs"));
    Files.writeString(project.resolve("HEAD"), "ref: refs/heads/main\n");
    Files.writeString(project.resolve("config"), "[core]\n\tbare = true\n");
    Path before = SafeGit.repositoryRootOf(project);
    assertTrue(before == null || !before.startsWith(temp), "committed repository files are not a .git: " + before);
    Files.createDirectories(repo.resolve(".git"));
    assertEquals(repo, SafeGit.repositoryRootOf(project));
  }
}
