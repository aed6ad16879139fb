package dev.allocpath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The staged changes of the repository that holds the project, as {@code git diff --cached -U0}
 * prints them, with paths relative to the project directory ({@code --relative}). The only git
 * call of changed-lines mode, kept in {@link #git} so the safe git runner can take it over.
 */
final class StagedDiff {
  private StagedDiff() {}

  static String of(Path projectRoot) {
    // Fixed prefixes and no external diff driver or colour, whatever the user's configuration says.
    return git(projectRoot, List.of("diff", "--cached", "-U0", "-M", "--no-color", "--no-ext-diff",
        "--src-prefix=a/", "--dst-prefix=b/", "--relative", "--"));
  }

  /** Runs git in {@code dir} with {@code args}, without a shell; its output, or a usage error. */
  static String git(Path dir, List<String> args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    try {
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UsageException("--staged-lines: git diff did not finish within 60 s");
      }
      if (process.exitValue() != 0) {
        throw new UsageException("--staged-lines: git diff --cached failed"
            + (err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse("")));
      }
      return out;
    } catch (IOException e) {
      throw new UsageException("--staged-lines needs git on PATH: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--staged-lines interrupted");
    }
  }
}
