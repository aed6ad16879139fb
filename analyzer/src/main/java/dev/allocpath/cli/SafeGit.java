package dev.allocpath.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a read-only git command on the repository that contains a project, so that nothing the
 * repository holds can make git execute a program. A scanned repository may be a fork's pull
 * request: its committed files must never decide what runs.
 *
 * <ul>
 *   <li>git runs on the repository found by walking up from the project for {@code .git}, named
 *       explicitly ({@code --git-dir}, {@code --work-tree}, {@code -C}): git never discovers a
 *       repository on its own, so committed {@code HEAD}, {@code config}, {@code objects/},
 *       {@code refs/} inside the project (an embedded bare repository) are never taken for one,
 *       and {@code safe.bareRepository=explicit} refuses them should it try;</li>
 *   <li>every setting that names a program is overridden on the command line (fsmonitor, hooks,
 *       external diff, pager), textconv and external diff drivers are off, the system and global
 *       config files are not read (the global one is an empty file of our own), and git never
 *       prompts;</li>
 *   <li>stdout and stderr go to temporary files (a pipe that fills would block git, and reading a
 *       pipe to its end would wait out the timeout), and after the timeout git and every process
 *       it started are killed.</li>
 * </ul>
 * The other engineers' diff code reuses this class for its {@code git diff -U0}.
 */
public final class SafeGit {
  /** What git printed and how it ended. */
  public record Result(int exitCode, String out, String err) {
    /** The first line of stderr, for a one-line error message. */
    public String firstErrorLine() {
      return err.strip().lines().findFirst().orElse("");
    }
  }

  /** A git run that could not finish: git missing, killed after the timeout, or interrupted. */
  public static final class GitFailure extends Exception {
    GitFailure(String message) {
      super(message);
    }
  }

  /** Default time a git command may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Settings that name a program git would run, each set to a value that runs nothing. Git reads
   * {@code -c} after every config file, so these win over the repository's own.
   */
  private static final List<String> NEUTRAL_SETTINGS = List.of(
      "core.fsmonitor=false",
      "core.pager=cat",
      "diff.external=",
      "credential.helper=",
      "safe.bareRepository=explicit",
      "core.untrackedCache=false");

  /** Environment variables that could point git at another repository or program. */
  private static final List<String> DROPPED_ENVIRONMENT = List.of(
      "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM",
      "GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER", "GIT_ASKPASS", "SSH_ASKPASS", "GIT_SSH", "GIT_SSH_COMMAND",
      "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_CONFIG_SYSTEM", "GIT_EDITOR", "EDITOR");

  private final String executable;
  private final Path repository;
  private final Duration timeout;

  /** Git from PATH on {@code repository} (a work tree root, see {@link #repositoryRootOf}). */
  public SafeGit(Path repository, Duration timeout) {
    this("git", repository, timeout);
  }

  /** For tests: another executable in git's place. */
  SafeGit(String executable, Path repository, Duration timeout) {
    this.executable = executable;
    this.repository = repository;
    this.timeout = timeout;
  }

  /**
   * The nearest directory at or above {@code project} that holds {@code .git} (a directory, or
   * the file a linked work tree or submodule has), or null when there is none. Only a name git
   * itself creates counts: committed repository files inside the project never do.
   */
  public static Path repositoryRootOf(Path project) {
    for (Path dir = project.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return dir;
      }
    }
    return null;
  }

  public Path repository() {
    return repository;
  }

  /**
   * Runs {@code git <neutralised options> <arguments>}. Arguments go to git without a shell; a
   * caller passes {@code --} before paths and refuses revisions that start with {@code -}.
   */
  public Result run(List<String> arguments) throws GitFailure {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("allocpath-git");
      Path emptyConfig = Files.createFile(scratch.resolve("empty.gitconfig"));
      Path noHooks = Files.createDirectory(scratch.resolve("hooks"));
      Path out = scratch.resolve("stdout");
      Path err = scratch.resolve("stderr");
      ProcessBuilder builder = new ProcessBuilder(command(noHooks, arguments))
          .directory(repository.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(emptyConfig.toFile()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      Map<String, String> env = builder.environment();
      DROPPED_ENVIRONMENT.forEach(env::remove);
      env.put("GIT_CONFIG_NOSYSTEM", "1");
      env.put("GIT_CONFIG_GLOBAL", emptyConfig.toString());
      env.put("GIT_TERMINAL_PROMPT", "0");
      env.put("GIT_OPTIONAL_LOCKS", "0");
      env.put("GIT_NO_REPLACE_OBJECTS", "1");
      env.put("LC_ALL", "C");
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        killTree(process);
        throw new GitFailure("git " + arguments.get(0) + " did not finish within " + timeout.toSeconds()
            + " s and was stopped (a slow file system or a very large repository: rerun without --changed-since, or list the files with --files)");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GitFailure("cannot run git (is it installed and on PATH?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitFailure("interrupted while git ran");
    } finally {
      deleteQuietly(scratch);
    }
  }

  private List<String> command(Path noHooks, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(executable, "--no-pager", "--no-replace-objects"));
    for (String setting : NEUTRAL_SETTINGS) {
      command.add("-c");
      command.add(setting);
    }
    command.addAll(List.of("-c", "core.hooksPath=" + noHooks,
        "-C", repository.toString(),
        "--git-dir=" + repository.resolve(".git"),
        "--work-tree=" + repository));
    command.add(arguments.get(0));
    if (arguments.get(0).equals("diff")) {
      // Textconv filters and external diff drivers are programs named in config or attributes.
      command.addAll(List.of("--no-ext-diff", "--no-textconv"));
    }
    command.addAll(arguments.subList(1, arguments.size()));
    return command;
  }

  /** Kills git and whatever it started (a hook, a filter), children first. */
  private static void killTree(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // A temporary directory left behind is harmless; the git result is what matters.
    }
  }
}
