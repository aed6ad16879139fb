package dev.allocpath.cli;

import dev.allocpath.api.Finding;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.model.Component;
import dev.allocpath.model.ProjectPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
   * Files changed since a git revision (committed, staged or not), via {@code git diff} on the
   * repository that contains the project, run by {@link SafeGit} so that nothing in the
   * repository can make git execute a program. Runs git only because the user asked for it.
   */
  static ChangedFiles since(Path root, String revision) {
    if (revision.startsWith("-") || revision.isBlank()) {
      throw new UsageException("--changed-since: '" + revision + "' is not a revision (give a commit, branch or tag, e.g. origin/main)");
    }
    Path repository = SafeGit.repositoryRootOf(root);
    if (repository == null) {
      throw new UsageException("--changed-since: the project directory"
          + " is not inside a git work tree (no .git here or above): use --files instead");
    }
    SafeGit git = new SafeGit(repository, SafeGit.DEFAULT_TIMEOUT);
    try {
      // -z: names exactly as stored (no quoting of unusual characters), NUL-separated.
      SafeGit.Result result = git.run(List.of("diff", "--name-only", "-z", "--no-renames", revision, "--"));
      if (result.exitCode() != 0) {
        String why = result.firstErrorLine();
        throw new UsageException("--changed-since " + revision + ": git diff failed"
            + (why.isEmpty() ? " with exit code " + result.exitCode() : ": " + why)
            + " (check that the revision exists in this clone, e.g. fetch it first)");
      }
      List<Path> paths = new ArrayList<>();
      for (String name : result.out().split("\0")) {
        if (!name.isEmpty()) {
          paths.add(repository.resolve(name));
        }
      }
      return of(root, paths);
    } catch (SafeGit.GitFailure e) {
      throw new UsageException("--changed-since " + revision + ": " + e.getMessage());
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
