package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * C and C++ sources that are broken, odd or hostile, each next to a good file. Files that a
 * compiler accepts (Latin-1, BOM, CRLF, deep nesting, recursive macros, big tables) must be
 * analysed like any other; files it rejects must be reported, on stderr and in SARIF, while the
 * rest of the project is still analysed. The exit code is 1 throughout: the good file's finding.
 */
class BadSourceTest {
  @TempDir Path temp;

  private BadInputProject project() {
    return new BadInputProject(temp.resolve("project"));
  }

  private ScanRun scan(BadInputProject project, String... options) {
    return ScanRun.scan(project.root(), temp.resolve("out.sarif"), options);
  }

  @Test
  void unbalancedBracesAreAParseErrorNotAStop() {
    BadInputProject p = project().sourceFromTestdata("sources/unbalanced_braces.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/unbalanced_braces.cpp", "parse-error", "cannot parse");
  }

  @Test
  void truncatedFileIsAParseError() {
    BadInputProject p = project().sourceFromTestdata("sources/truncated.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/truncated.cpp", "parse-error", "cannot parse");
  }

  @Test
  void garbageCharactersAreParseErrors() {
    BadInputProject p = project().sourceFromTestdata("sources/garbage.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/garbage.cpp", "parse-error", "");
  }

  @Test
  void binaryFileNamedDotCIsSkipped() {
    byte[] bytes = new byte[4096];
    new java.util.Random(8).nextBytes(bytes);
    bytes[100] = 0;
    BadInputProject p = project().source("firmware.c", bytes);
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/firmware.c", "binary-file", "binary content");
  }

  @Test
  void latin1SourceIsAnalysed() {
    BadInputProject p = project().sourceFromTestdata("sources/latin1.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectNoProblemWith("components/bad/latin1.cpp")
        .expectFinding("components/bad/latin1.cpp", 5, "esp-mutex-member");
  }

  @Test
  void byteOrderMarkDoesNotShiftLinesOrColumns() {
    BadInputProject p = project().sourceFromTestdata("sources/bom.cpp");
    ScanRun run = scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectNoProblemWith("components/bad/bom.cpp")
        .expectFinding("components/bad/bom.cpp", 5, "esp-mutex-member");
    assertEquals(13, columnOf(run, "components/bad/bom.cpp"), "the BOM is not a column");
  }

  @Test
  void crlfLineEndsCountOneLineEach() {
    BadInputProject p = project().sourceFromTestdata("sources/crlf.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectNoProblemWith("components/bad/crlf.cpp")
        .expectFinding("components/bad/crlf.cpp", 6, "esp-mutex-member");
  }

  @Test
  void fiveMegabyteGeneratedTableIsAnalysed() {
    StringBuilder text = new StringBuilder("#include <mutex>\nstruct Big { std::mutex lock; };\n");
    text.append("const unsigned char blob[] = {\n");
    java.util.Random random = new java.util.Random(5);
    while (text.length() < 5 * 1024 * 1024) {
      for (int i = 0; i < 16; i++) {
        text.append("0x").append(Integer.toHexString(0x100 | random.nextInt(256)).substring(1)).append(", ");
      }
      text.append('\n');
    }
    text.append("};\n");
    BadInputProject p = project().source("blob.cpp", text.toString());
    scan(p, "--parse-timeout", "120").expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectNoProblemWith("components/bad/blob.cpp")
        .expectFinding("components/bad/blob.cpp", 2, "esp-mutex-member");
  }

  @Test
  void fileOverThePerFileTimeLimitIsReportedAsSkipped() {
    // 5 MB of functions: more than one second of parsing on any machine.
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 5 * 1024 * 1024; i++) {
      text.append("static int f").append(i).append("(int a) { return a * ").append(i).append(" + (a >> 3); }\n");
    }
    BadInputProject p = project().source("slow.c", text.toString());
    scan(p, "--parse-timeout", "1").expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/slow.c", "parse-timeout", "limit of 1 s");
  }

  @Test
  void tenThousandNestedParenthesesAreParsed() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    BadInputProject p = project().source("deep.cpp",
        "#include <mutex>\nint value = " + deep + ";\nstruct AfterDeep {\n  std::mutex lock;\n};\n");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectNoProblemWith("components/bad/deep.cpp")
        .expectFinding("components/bad/deep.cpp", 4, "esp-mutex-member");
  }

  @Test
  void recursiveMacrosStopExpandingAsTheCompilerDoes() {
    BadInputProject p = project().sourceFromTestdata("sources/recursive_macros.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectFinding("components/bad/recursive_macros.cpp", 15, "esp-mutex-member");
  }

  @Test
  void explodingMacrosHitTheTokenLimit() {
    BadInputProject p = project().sourceFromTestdata("sources/exploding_macros.c");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/exploding_macros.c", "parse-error", "tokens after preprocessing");
  }

  @Test
  void includeCycleIsReportedAndTheFileStillAnalysed() {
    BadInputProject p = project();
    for (String name : new String[] {"first.h", "second.h"}) {
      p.write("components/bad/" + name, BadInputProject.read(BadInputProject.testdata("sources/include_cycle/" + name)));
    }
    p.sourceFromTestdata("sources/include_cycle/cycle.cpp");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/second.h", "parse-error", "includes nested too deeply (circular inclusion?)")
        .expectFinding("components/bad/cycle.cpp", 4, "esp-mutex-member");
  }

  @Test
  void fileLargerThanTheSizeLimitIsNotRead() throws IOException {
    BadInputProject p = project().source("huge.c", "int small;\n");
    // Sparse: 40 MB on paper, no disk used.
    try (var file = new java.io.RandomAccessFile(p.path("components/bad/huge.c").toFile(), "rw")) {
      file.setLength(40L << 20);
    }
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/huge.c", "unreadable-file", "larger than the 32 MB limit");
  }

  /**
   * Without read permission where permissions apply. Root reads a mode-000 file anyway, so there
   * the case uses a file whose every read fails with an I/O error: a link to /proc/self/mem
   * (Linux; the link leads outside the project, hence --allow-outside-root).
   */
  @Test
  void unreadableFileIsReportedAndSkipped() throws IOException {
    BadInputProject p = project().source("secret.c", "int secret;\n");
    Path secret = p.path("components/bad/secret.c");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    String[] options = {};
    if (Files.isReadable(secret) && canStillOpen(secret)) {
      Files.delete(secret);
      Path failing = Path.of("/proc/self/mem");
      assertTrue(Files.isRegularFile(failing), "needs Linux /proc to make a file root cannot read");
      p.symlink("components/bad/secret.c", failing);
      options = new String[] {"--allow-outside-root"};
    }
    scan(p, options).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/secret.c", "unreadable-file", "skipped: cannot read");
  }

  private static boolean canStillOpen(Path file) {
    try (var in = Files.newInputStream(file)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int columnOf(ScanRun run, String file) {
    for (var r : run.results()) {
      var location = r.at("/locations/0/physicalLocation");
      if (file.equals(location.at("/artifactLocation/uri").asText())) {
        return location.at("/region/startColumn").asInt();
      }
    }
    return -1;
  }
}
