package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SarifSamplesTest checks byte-identical output for a clean project; this checks it where the
 * order is most at risk: many notifications from files parsed on several threads at once. No
 * absolute path may leak into the file either.
 */
class BadInputDeterminismTest {
  @TempDir Path temp;

  @Test
  void notificationsAreInTheSameOrderWhateverTheThreadCount() throws IOException {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    p.sourceFromTestdata("sources/unbalanced_braces.cpp")
        .sourceFromTestdata("sources/truncated.cpp")
        .sourceFromTestdata("sources/garbage.cpp")
        .sourceFromTestdata("sources/latin1.cpp")
        .sourceFromTestdata("sources/recursive_macros.cpp")
        .source("binary.c", new byte[] {'i', 'n', 't', 0, 1, 2})
        .listed("missing.c");
    for (int i = 0; i < 6; i++) {
      p.source("broken" + i + ".cpp", "#include <mutex>\nstruct B" + i + " { std::mutex m; \nvoid f( {\n");
    }
    Path one = temp.resolve("one.sarif");
    Path again = temp.resolve("again.sarif");
    Path three = temp.resolve("three.sarif");
    ScanRun.scan(p.root(), one, "--threads", "1").expectCleanStderr();
    ScanRun.scan(p.root(), again, "--threads", "1");
    ScanRun.scan(p.root(), three, "--threads", "3");
    byte[] expected = Files.readAllBytes(one);
    assertArrayEquals(expected, Files.readAllBytes(again), "two runs differ");
    assertArrayEquals(expected, Files.readAllBytes(three), "1 and 3 threads differ");
    String text = Files.readString(one);
    assertFalse(text.contains(temp.toString()), "absolute path in the SARIF file");
  }
}
