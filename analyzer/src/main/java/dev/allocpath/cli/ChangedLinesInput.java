package dev.allocpath.cli;

import dev.allocpath.engine.TouchedLines;
import dev.allocpath.engine.UnifiedDiff;
import dev.allocpath.model.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The touched lines of changed-lines mode: --diff-lines FILE|- or --staged-lines. */
final class ChangedLinesInput {
  private ChangedLinesInput() {}

  /**
   * The lines of --diff-lines or --staged-lines, project-relative, or null in the other modes.
   * A diff names files relative to the repository root (git diff), the current directory or the
   * project; each name is taken from the first of these where the file exists.
   */
  static TouchedLines read(Path root, String diffLines, boolean stagedLines, String changedSince) {
    if (diffLines != null && stagedLines) {
      throw new UsageException("--diff-lines and --staged-lines: give one of them");
    }
    if ((diffLines != null || stagedLines) && changedSince != null) {
      throw new UsageException("--changed-since reports whole files; it does not combine with --diff-lines or --staged-lines");
    }
    if (diffLines == null && !stagedLines) {
      return null;
    }
    TouchedLines raw;
    try {
      raw = UnifiedDiff.parse(stagedLines ? StagedDiff.of(root) : readDiff(diffLines));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--diff-lines " + diffLines + ": " + e.getMessage());
    }
    List<Path> bases = new ArrayList<>();
    if (!stagedLines) {
      gitTop(root).ifPresent(bases::add);
      bases.add(Path.of("").toAbsolutePath());
    }
    bases.add(root);
    return raw.renamed(name -> {
      for (Path base : bases) {
        Path file = base.resolve(name).normalize();
        if (Files.exists(file) && ProjectPaths.inside(root, file)) {
          return ProjectPaths.relative(root, file);
        }
      }
      return null;
    });
  }

  private static String readDiff(String source) {
    try {
      byte[] bytes = source.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(source));
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      throw new UsageException("--diff-lines: cannot read " + source + ": " + e.getMessage());
    }
  }

  /** The nearest directory at or above {@code dir} holding .git (a directory, or a file in worktrees). */
  private static Optional<Path> gitTop(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

}
