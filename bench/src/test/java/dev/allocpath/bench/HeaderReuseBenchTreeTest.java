package dev.allocpath.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header reuse ({@code allocpath.headerReuse}) on a generated ESP-IDF tree, where it matters
 * most: C components whose units share a chain of headers, C++ components sharing a header-only
 * library, forced redirect headers. The SARIF must be byte-identical with reuse on and off.
 */
class HeaderReuseBenchTreeTest {
  private static final String SWITCH = "allocpath.headerReuse";

  @Test
  void generatedTreeGivesTheSameSarifWithAndWithoutHeaderReuse(@TempDir Path temp) throws IOException {
    Path tree = temp.resolve("tree");
    ProjectGenerator.generate(tree, 0.1, 20240607L);
    byte[] reused = scan(tree, temp.resolve("reused.sarif"), true, "2");
    byte[] walked = scan(tree, temp.resolve("walked.sarif"), false, "1");
    assertTrue(new String(walked, StandardCharsets.UTF_8).contains("\"ruleId\""), "the tree has findings");
    assertArrayEquals(walked, reused, "SARIF differs with header reuse");
  }

  private static byte[] scan(Path tree, Path report, boolean reuse, String threads) throws IOException {
    String before = System.getProperty(SWITCH);
    System.setProperty(SWITCH, Boolean.toString(reuse));
    try {
      int exit = Main.run("scan", tree.toString(), "--format", "sarif", "--output", report.toString(),
          "--threads", threads, "--fail-on", "never", "--parse-timeout", "120");
      assertEquals(0, exit, "scan exit code");
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
