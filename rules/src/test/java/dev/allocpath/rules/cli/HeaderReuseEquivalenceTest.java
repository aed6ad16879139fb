package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header reuse (a header's facts walked once per context, {@code allocpath.headerReuse}) must not
 * change a single byte of the report: every testdata project, every directory case of the rules'
 * testdata and the example give the same SARIF with reuse on and off. The generated benchmark
 * tree is compared by the bench module's {@code HeaderReuseBenchTreeTest}.
 */
class HeaderReuseEquivalenceTest {
  private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();
  static final String SWITCH = "allocpath.headerReuse";

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> sameSarifWithAndWithoutHeaderReuse() throws IOException {
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(TESTDATA.resolve("projects"))) {
      dirs.filter(Files::isDirectory).sorted().forEach(projects::add);
    }
    try (Stream<Path> rules = Files.list(TESTDATA)) {
      for (Path rule : rules.filter(p -> p.getFileName().toString().startsWith("esp-")).sorted().toList()) {
        try (Stream<Path> cases = Files.list(rule)) {
          cases.filter(Files::isDirectory).sorted().forEach(projects::add);
        }
      }
    }
    assertTrue(projects.size() > 10, "testdata projects found: " + projects);
    return projects.stream().map(project -> DynamicTest.dynamicTest(
        TESTDATA.relativize(project).toString(), () -> assertSameBytes(project, out)));
  }

  /**
   * Scans {@code project} with reuse on (two threads) and off (one thread); asserts equal bytes.
   * The parse time limit is raised: a busy machine must not turn a slow parse into a difference.
   */
  static void assertSameBytes(Path project, Path out) throws IOException {
    byte[] reused = scan(project, out.resolve("reused.sarif"), true, "2");
    byte[] walked = scan(project, out.resolve("walked.sarif"), false, "1");
    assertArrayEquals(walked, reused, project + ": SARIF differs with header reuse");
  }

  private static byte[] scan(Path project, Path report, boolean reuse, String threads) throws IOException {
    String before = System.getProperty(SWITCH);
    System.setProperty(SWITCH, Boolean.toString(reuse));
    try {
      int exit = Main.run("scan", project.toString(), "--format", "sarif", "--output", report.toString(),
          "--threads", threads, "--fail-on", "never", "--parse-timeout", "120");
      assertTrue(exit == 0, project + ": scan failed with exit code " + exit);
      return Files.readAllBytes(report);
    } finally {
      if (before == null) {
        System.clearProperty(SWITCH);
      } else {
        System.setProperty(SWITCH, before);
      }
    }
  }
}
