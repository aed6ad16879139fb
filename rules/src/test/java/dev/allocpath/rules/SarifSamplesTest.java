package dev.allocpath.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.allocpath.cli.Main;
import dev.allocpath.rules.testing.Testdata;
import dev.allocpath.rules.testing.TextDiff;
import dev.allocpath.sarif.SarifSchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code sarif-samples/<name>.sarif} is the exact CLI output for
 * {@code testdata/projects/<name>/}: byte for byte, except the tool version. Run with
 * {@code -Dupdate.goldens=true} to rewrite them; review the diff like code.
 */
class SarifSamplesTest {
  private static final boolean UPDATE = Boolean.getBoolean("update.goldens");

  static Path samples() {
    return Path.of(System.getProperty("sarif.samples.dir", "../sarif-samples")).toAbsolutePath().normalize();
  }

  static List<String> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(Testdata.root().resolve("projects"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void goldenMatchesCliOutput(String name, @TempDir Path temp) throws IOException {
    Path out = temp.resolve(name + ".sarif");
    int exit = Main.run("scan", Testdata.root().resolve("projects").resolve(name).toString(),
        "--format", "sarif", "--output", out.toString(), "--threads", "1");
    assertTrue(exit == 0 || exit == 1, "scan failed with exit code " + exit);
    String actual = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(List.of(), SarifSchemaValidator.errors(actual), "SARIF schema violations");
    Path golden = samples().resolve(name + ".sarif");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden " + golden + "; run with -Dupdate.goldens=true to create it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!withoutVersion(expected).equals(withoutVersion(actual))) {
      fail("SARIF output differs from " + golden + " (run with -Dupdate.goldens=true and review the diff)\n"
          + TextDiff.firstDifference(withoutVersion(expected), withoutVersion(actual)));
    }
  }

  @Test
  void everyGoldenHasAProject() throws IOException {
    List<String> orphans = new ArrayList<>();
    List<String> projects = projects();
    try (Stream<Path> files = Files.list(samples())) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sarif")).sorted().forEach(n -> {
        if (!projects.contains(n.substring(0, n.length() - ".sarif".length()))) {
          orphans.add(n);
        }
      });
    }
    assertEquals(List.of(), orphans, "goldens without a testdata/projects/<name>/");
  }

  @Test
  void outputIsIdenticalAcrossRunsAndThreadCounts(@TempDir Path temp) throws IOException {
    Path project = Testdata.root().resolve("projects").resolve(projects().get(0));
    Path one = temp.resolve("one.sarif");
    Path two = temp.resolve("two.sarif");
    Main.run("scan", project.toString(), "--format", "sarif", "--output", one.toString(), "--threads", "1");
    Main.run("scan", project.toString(), "--format", "sarif", "--output", two.toString(), "--threads", "3");
    assertEquals(Files.readString(one), Files.readString(two));
  }

  private static String withoutVersion(String sarif) {
    return sarif.replaceAll("\"semanticVersion\" : \"[^\"]*\"", "\"semanticVersion\" : \"VERSION\"")
        .replaceAll("\"semanticVersion\": \"[^\"]*\"", "\"semanticVersion\": \"VERSION\"");
  }

}
