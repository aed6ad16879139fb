package dev.allocpath.cli;

import dev.allocpath.api.Finding;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.model.Component;
import dev.allocpath.model.ProjectPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files a pre-commit hook or a pull request changed, and which findings belong to them. A
 * changed CMakeLists.txt stands for every file of its component. Which units are parsed for them
 * is {@link dev.allocpath.engine.AnalysisScope}'s decision.
 */
final class ChangedFiles {
  private final Set<String> files = new TreeSet<>();
  private final Set<String> componentDirs = new TreeSet<>();

  /** Paths as the user gave them (relative to the working directory), kept when inside the project. */
  static ChangedFiles of(Path root, Collection<Path> given) {
    ChangedFiles changed = new ChangedFiles();
    for (Path file : given) {
      Path absolute = file.toAbsolutePath().normalize();
      if (ProjectPaths.inside(root, absolute)) {
        changed.files.add(ProjectPaths.relative(root, absolute));
      }
    }
    return changed;
  }

  /**
   * Files changed since a git revision (committed, staged or not), via {@code git diff}. Runs git
   * only because the user asked for it; arguments are passed without a shell.
   */
  static ChangedFiles since(Path root, String revision) {
    if (revision.startsWith("-")) {
      throw new UsageException("--changed-since: '" + revision + "' is not a revision");
    }
    List<String> command = List.of("git", "-C", root.toString(), "diff", "--name-only", "--relative", revision, "--");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new UsageException("--changed-since " + revision + ": git diff failed"
            + (err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse("")));
      }
      List<Path> paths = new ArrayList<>();
      out.lines().filter(l -> !l.isBlank()).forEach(l -> paths.add(root.resolve(l)));
      return of(root, paths);
    } catch (IOException e) {
      throw new UsageException("--changed-since needs git on PATH: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since interrupted");
    }
  }

  /** The changed files inside the project, project-relative. */
  Set<String> paths() {
    return Set.copyOf(files);
  }

  /** Widens changed CMakeLists.txt files to their components. */
  ChangedFiles withComponents(List<Component> components, Path root) {
    for (Component component : components) {
      String cmake = ProjectPaths.relative(root, component.cmakeLists());
      if (files.contains(cmake)) {
        componentDirs.add(ProjectPaths.relative(root, component.dir()) + "/");
        component.sources().forEach(s -> files.add(ProjectPaths.relative(root, s.file())));
      }
    }
    return this;
  }

  /** Whether the finding lies in a component whose CMakeLists.txt changed. */
  boolean inChangedComponent(Finding finding) {
    String path = finding.location().path();
    return componentDirs.stream().anyMatch(path::startsWith);
  }

  boolean covers(Finding finding) {
    String path = finding.location().path();
    return files.contains(path) || componentDirs.stream().anyMatch(path::startsWith);
  }

  AnalysisResult filter(AnalysisResult result) {
    return result.withFindings(
        result.findings().stream().filter(this::covers).toList(),
        result.suppressed().stream().filter(s -> covers(s.finding())).toList());
  }
}
