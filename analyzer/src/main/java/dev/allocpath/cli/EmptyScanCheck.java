package dev.allocpath.cli;

import dev.allocpath.model.Coverage;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No silent empty scan: a project in which no component was found, or whose components compile
 * nothing, is an input error (exit 2) with one line saying what was found instead, as a test runner
 * fails when it collects no test. "No findings." must mean something was looked at.
 */
final class EmptyScanCheck {
  /** An ESP-IDF project's top-level CMakeLists.txt: it includes ESP-IDF's project.cmake and calls project(). */
  private static final Pattern PROJECT_CALL = Pattern.compile("(?im)^\\s*project\\s*\\(");
  private static final Pattern IDF_INCLUDE = Pattern.compile("(?i)include\\s*\\([^)]*tools/cmake/project\\.cmake");

  private EmptyScanCheck() {}

  /** Throws the one-line error when there is nothing to analyse; {@code shown} is the directory as the user gave it. */
  static void check(ProjectModel model, String shown) {
    Coverage coverage = model.coverage();
    if (model.components().isEmpty()) {
      throw new UsageException("no components found in " + shown + ": " + String.join("; ", hints(model.root(), coverage)));
    }
    if (model.units().isEmpty()) {
      List<String> why = new ArrayList<>();
      for (Coverage.ComponentCoverage c : coverage.compilingNothing().stream().limit(5).toList()) {
        why.add(c.name() + ": " + c.reason());
      }
      String more = coverage.compilingNothing().size() > 5 ? ", ..." : "";
      String line = "nothing to analyse in " + shown + ": " + count(model.components().size(), "component", "components")
          + " found, none compiles a C/C++ source (" + String.join(", ", why) + more + ")";
      for (Coverage.SkippedDirectory s : coverage.skipped()) {
        line += "; " + skippedHint(s);
      }
      throw new UsageException(line);
    }
  }

  /** What the directory holds instead of components. */
  static List<String> hints(Path root, Coverage coverage) {
    List<String> hints = new ArrayList<>();
    boolean isProject = isIdfProject(root.resolve("CMakeLists.txt"));
    if (!Files.isDirectory(root.resolve("components"))) {
      hints.add("no components/ here");
    } else {
      hints.add("components/ holds no directory with a CMakeLists.txt");
    }
    for (Coverage.SkippedDirectory s : coverage.skipped()) {
      hints.add(skippedHint(s));
    }
    if (!isProject) {
      String below = projectBelow(root);
      hints.add(below != null ? "did you mean " + below + "/?" : "no ESP-IDF project here or one level down"
          + " (a CMakeLists.txt that includes project.cmake and calls project())");
    }
    return hints;
  }

  private static String skippedHint(Coverage.SkippedDirectory s) {
    return s.dir() + " (" + count(s.sources(), "source", "sources") + ") is skipped by default: " + s.option()
        + " analyses it";
  }

  /** The first subdirectory, in name order, that holds an ESP-IDF project, or null. */
  private static String projectBelow(Path root) {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().startsWith("."))
          .sorted()
          .filter(d -> isIdfProject(d.resolve("CMakeLists.txt")))
          .map(d -> d.getFileName().toString())
          .findFirst().orElse(null);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  static boolean isIdfProject(Path cmakeLists) {
    try {
      if (!Files.isRegularFile(cmakeLists) || Files.size(cmakeLists) > 1_000_000) {
        return false;
      }
      String text = Files.readString(cmakeLists, java.nio.charset.StandardCharsets.ISO_8859_1);
      return PROJECT_CALL.matcher(text).find() && IDF_INCLUDE.matcher(text).find();
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
