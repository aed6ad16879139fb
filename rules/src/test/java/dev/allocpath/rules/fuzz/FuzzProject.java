package dev.allocpath.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scratch project a fuzz target writes its input into (one per JVM: the fuzzer calls a
 * target thousands of times), and the properties every result must have whatever the input.
 */
final class FuzzProject {
  private static Path root;

  private FuzzProject() {}

  /** An empty project directory, the same one on every call within this JVM. */
  static synchronized Path fresh() {
    try {
      if (root == null) {
        root = Files.createTempDirectory("allocpath-fuzz").toRealPath();
      }
      clear(root);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path root, String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything under the root, so a target can check that nothing was written. */
  static List<String> listing(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compile units stay inside the project, notifications are well-formed. */
  static void checkModel(ProjectModel model, Path root) {
    assertNotNull(model);
    for (CompileUnit unit : model.units()) {
      assertTrue(unit.source().normalize().startsWith(root), "unit outside the project: " + unit.source());
    }
    model.notifications().forEach(FuzzProject::checkNotification);
  }

  /** Findings and notifications point into the project with relative paths and sane lines. */
  static void checkResult(AnalysisResult result) {
    assertNotNull(result);
    for (Finding finding : result.findings()) {
      checkLocation(finding.location());
      assertFalse(finding.message().isBlank());
    }
    result.notifications().forEach(FuzzProject::checkNotification);
  }

  static void checkNotification(Notification n) {
    assertNotNull(n.level());
    assertFalse(n.kind() == null || n.kind().isBlank(), n.toString());
    assertFalse(n.message() == null || n.message().isBlank(), n.toString());
    assertEquals(1, n.toLine().lines().count(), "a notification is one line: " + n.toLine());
    if (n.location() != null) {
      checkLocation(n.location());
    }
  }

  private static void checkLocation(SourceLocation location) {
    String path = location.path();
    assertFalse(path.startsWith("/") || path.startsWith("../") || path.contains("\\"), "not project-relative: " + path);
    assertTrue(location.line() >= 0, location.toString());
  }

  private static void clear(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }
}
