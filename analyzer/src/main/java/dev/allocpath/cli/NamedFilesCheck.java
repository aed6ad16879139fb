package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisScope;
import dev.allocpath.model.Component;
import dev.allocpath.model.Coverage;
import dev.allocpath.model.ProjectModel;
import dev.allocpath.model.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The files named with --files (or as arguments, as pre-commit passes them) must be able to hold
 * findings. A file can when it exists inside the project and lies in a component directory, is a
 * CMake file, or is compiled or included (at any depth, forced includes too) by some unit; when
 * the includes cannot be followed (an {@code #include MACRO}), every file inside the project
 * counts. When none of the named
 * files can, the run is an input error (exit 2) saying why for each; when only some cannot, each of
 * those is a note and the others are scanned: a hook passes every staged file its pattern matches,
 * and a header outside the firmware must not block a commit that also changes firmware.
 */
final class NamedFilesCheck {
  private static final int NAMED_IN_ERROR = 3;

  private NamedFilesCheck() {}

  /**
   * The notes for named files that cannot hold findings; throws when no named file can.
   * {@code includes} is asked only for a file outside every component directory (reading every
   * source for its includes is the costly part, and the usual named file needs none of it).
   */
  static List<Notification> check(ProjectModel model, List<Path> given, Supplier<Optional<AnalysisScope>> includes) {
    Path root = model.root();
    List<Notification> notes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    boolean anyUsable = false;
    for (Path file : given) {
      Path absolute = file.toAbsolutePath().normalize();
      String why = whyUnusable(model, absolute, includes);
      if (why == null) {
        anyUsable = true;
        continue;
      }
      boolean inside = ProjectPaths.inside(root, absolute);
      String shown = inside ? ProjectPaths.relative(root, absolute) : file.toString();
      reasons.add(shown + " " + why);
      notes.add(new Notification(Severity.NOTE, "not-analysed", "'" + shown + "' " + why + "; nothing is reported for it",
          inside && Files.isRegularFile(absolute) ? SourceLocation.ofFile(shown) : null));
    }
    if (!anyUsable && !given.isEmpty()) {
      String more = reasons.size() > NAMED_IN_ERROR ? "; and " + (reasons.size() - NAMED_IN_ERROR) + " more" : "";
      throw new UsageException("none of the files given can have findings: "
          + String.join("; ", reasons.subList(0, Math.min(NAMED_IN_ERROR, reasons.size()))) + more);
    }
    return notes;
  }

  /** Why a file cannot hold findings, or null when it can. */
  private static String whyUnusable(ProjectModel model, Path file, Supplier<Optional<AnalysisScope>> includes) {
    if (!Files.exists(file)) {
      return "does not exist";
    }
    if (!ProjectPaths.inside(model.root(), file)) {
      return "is outside the project directory";
    }
    for (Component c : model.components()) {
      if (file.startsWith(c.dir())) {
        return null;
      }
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (name.equals("CMakeLists.txt") || name.endsWith(".cmake")) {
      return null;
    }
    Optional<AnalysisScope> scope = includes.get();
    if (scope.isEmpty() || scope.get().reachesAUnit(model.relative(file))) {
      return null;
    }
    for (Coverage.SkippedDirectory s : model.coverage().skipped()) {
      if (ProjectPaths.relative(model.root(), file).startsWith(s.dir())) {
        return "is in " + s.dir() + ", which is skipped by default (" + s.option() + " analyses it)";
      }
    }
    return "lies outside every component";
  }
}
