package dev.allocpath.rules.testing;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.engine.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares what a case marks with what the analyzer reported, as a closed world: every finding
 * of an enabled rule must be marked, every expect marker must be matched, and every warning- or
 * error-level notification (a parse error, a CMake line we could not read) must be marked with
 * its kind. Failures list both directions, Semgrep style.
 */
public final class Expectations {
  private Expectations() {}

  /**
   * The markers of a case: for a directory, every C, C++ and CMake file under it; for a lone
   * file, that file. Paths are relative to the directory the case is analysed from.
   */
  public static List<Marker> read(Path testCase) {
    if (!Files.isDirectory(testCase)) {
      return readFile(testCase.getParent(), testCase);
    }
    try (Stream<Path> files = Files.walk(testCase)) {
      List<Marker> markers = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        markers.addAll(readFile(testCase, file));
      }
      return markers;
    }
    catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Marker> readFile(Path root, Path file) {
    String name = file.getFileName().toString();
    boolean cmake = name.equals("CMakeLists.txt") || name.endsWith(".cmake");
    if (!cmake && !Testdata.isSource(name)) {
      return List.of();
    }
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      String relative = root.relativize(file).toString().replace('\\', '/');
      return MarkerParser.parse(relative, text, cmake);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with a readable report unless the result matches the markers exactly. */
  public static void assertMatches(
      String caseName, List<Marker> markers, AnalysisResult result, Set<String> enabledRules, Set<String> knownIds) {
    List<String> problems = new ArrayList<>();
    for (Marker marker : markers) {
      if (!knownIds.contains(marker.id())) {
        problems.add("  unknown id  " + marker.file() + ":" + marker.markerLine() + "  " + marker.id());
      }
    }
    List<Actual> actual = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (enabledRules.contains(f.ruleId())) {
        // Markers quote the message as people read it: without the SARIF links to related locations.
        actual.add(new Actual(f.location().path(), f.location().line(), f.ruleId(),
            dev.allocpath.sarif.MessageLinks.toPlainText(f.message())));
      }
    }
    for (Notification n : result.notifications()) {
      if (n.level().atLeast(Severity.WARNING)) {
        String path = n.location() == null ? "" : n.location().path();
        int line = n.location() == null ? 0 : n.location().line();
        actual.add(new Actual(path, line, n.kind(), n.message()));
      }
    }
    actual.sort(Comparator.comparing(Actual::file).thenComparingInt(Actual::line).thenComparing(Actual::id));

    List<Actual> unmatched = new ArrayList<>(actual);
    for (Marker marker : markers) {
      if (!marker.expectsFinding()) {
        continue;
      }
      Actual hit = unmatched.stream()
          .filter(a -> a.matches(marker) && marker.substrings().stream().allMatch(a.message()::contains))
          .findFirst()
          .orElse(null);
      if (hit == null) {
        Actual near = unmatched.stream().filter(a -> a.matches(marker)).findFirst().orElse(null);
        problems.add("  missing     " + marker.file() + ":" + marker.line() + "  " + marker.id()
            + (marker.substrings().isEmpty() ? "" : "  " + marker.substrings())
            + (near == null ? "" : "\n      (a finding there says: " + near.message() + ")"));
      } else {
        unmatched.remove(hit);
      }
    }
    for (Marker marker : markers) {
      boolean fired = unmatched.stream().anyMatch(a -> a.matches(marker));
      if (marker.kind().equals("expect-todo") && fired) {
        problems.add("  fixed?      " + marker.file() + ":" + marker.line() + "  " + marker.id()
            + "  now reported: promote expect-todo to expect");
      }
      if (marker.kind().equals("ok") && fired) {
        problems.add("  not ok      " + marker.file() + ":" + marker.line() + "  " + marker.id());
      }
    }
    for (Actual a : unmatched) {
      boolean todo = markers.stream().anyMatch(m -> m.kind().equals("expect-todo") && a.matches(m));
      if (!todo) {
        problems.add("  unexpected  " + a.file() + ":" + a.line() + "  " + a.id() + "  " + a.message());
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(caseName + "\n" + String.join("\n", problems));
    }
  }

  private record Actual(String file, int line, String id, String message) {
    boolean matches(Marker marker) {
      return file.equals(marker.file()) && line == marker.line() && id.equals(marker.id());
    }
  }
}
