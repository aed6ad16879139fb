package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allocpath.cli.ExitCode;
import dev.allocpath.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a hostile or careless repository (or command line) can do to a run, each case made here:
 * files that lead out of the project, command lines that fail before the scan, line ends, file
 * names with every character, and control characters meant for the terminal.
 */
class HostileInputTest {
  @TempDir Path temp;

  private BadInputProject project() {
    return new BadInputProject(temp.resolve("project"));
  }

  // --- Reads: nothing outside the project through a symlink, unless named on the command line.

  @Test
  void theProjectsConfigThroughASymlinkOutsideIsNotRead() throws Exception {
    BadInputProject p = project();
    Path outside = temp.resolve("elsewhere/evil.yml");
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "rules:\n  esp-mutex-member: off\n");
    p.symlink(".allocpath.yml", outside);
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.FINDINGS).expectCleanStderr()
        .expectGoodFileAnalysed()
        .expectProblem(".allocpath.yml", "outside-root", "leads outside the project (a symlink) and was not read");
    assertFalse(run.sarif().toString().contains(temp.toString()), "no absolute path");
    // Named on the command line, the same file is the user's choice and is read.
    ScanRun.scan(p.root(), temp.resolve("named.sarif"), "--config", outside.toString()).expectExit(ExitCode.CLEAN);
  }

  @Test
  void buildFilesThroughSymlinksOutsideAreNotRead() throws Exception {
    BadInputProject p = project();
    Path outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(outside.resolve("CMakeLists.txt"), "idf_component_register(SRCS ../../../elsewhere/x.c)\n");
    Files.writeString(outside.resolve("compile_commands.json"), "[]\n");
    Files.writeString(outside.resolve("sdkconfig"), "CONFIG_X=y\n");
    Files.writeString(outside.resolve("secret.h"), "#include <mutex>\nstruct Secret { std::mutex m; };\n");
    Files.writeString(outside.resolve("secret.cpp"), "#include <mutex>\nstruct Out { std::mutex m; };\n");
    p.symlink("components/linked/CMakeLists.txt", outside.resolve("CMakeLists.txt"));
    p.symlink("build/compile_commands.json", outside.resolve("compile_commands.json"));
    p.symlink("sdkconfig", outside.resolve("sdkconfig"));
    p.symlink("components/bad/secret.h", outside.resolve("secret.h"));
    p.symlink("components/bad/secret.cpp", outside.resolve("secret.cpp"));
    p.source("uses_header.cpp", "#include \"secret.h\"\nint used;\n").listed("secret.cpp");
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.FINDINGS).expectCleanStderr()
        .expectGoodFileAnalysed()
        .expectProblem("components/linked/CMakeLists.txt", "outside-root", "leads outside the project root")
        .expectProblem("build/compile_commands.json", "outside-root", "leads outside the project root")
        .expectProblem("sdkconfig", "outside-root", "leads outside the project root")
        .expectNoFindingIn("components/bad/secret.h")
        .expectNoFindingIn("components/bad/secret.cpp");
    assertTrue(run.err().contains("secret.cpp") && run.err().contains("[outside-root]"), run.err());
    assertFalse(run.sarif().toString().contains(temp.toString()), "no absolute path in the SARIF file");
  }

  // --- Every exit-2 path with --output replaces the file with the failed run.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown option        | --no-such-option                 | Unknown option: '--no-such-option'",
      "threads not a number  | --threads,many                   | Invalid value for option '--threads'",
      "threads zero          | --threads,0                      | --threads 0: give a number of threads from 1 to 256",
      "threads negative      | --threads,-1                     | --threads -1: give a number of threads from 1",
      "parse timeout zero    | --parse-timeout,0                | --parse-timeout 0: give a number of seconds from 1",
      "missing baseline      | --baseline,BASE/none.json        | does not exist (check the path, or create it with --write-baseline",
      "baseline not JSON     | --baseline,BASE/garbage.json     | is not JSON (line 1",
      "baseline wrong format | --baseline,BASE/format9.json     | has format 9; this allocpath reads format 1",
      "source root elsewhere | --source-root,BASE               | does not contain the project directory",
  })
  void everyExitCode2ReplacesTheSarifFileWithTheFailedRun(String name, String options, String message) throws Exception {
    BadInputProject p = project();
    Path base = Files.createDirectories(temp.resolve("base"));
    Files.writeString(base.resolve("garbage.json"), "{ not json");
    Files.writeString(base.resolve("format9.json"), "{\"tool\": \"allocpath\", \"format\": 9, \"findings\": []}");
    Path sarif = temp.resolve("out.sarif");
    Files.writeString(sarif, "stale results of an earlier run");
    List<String> args = new ArrayList<>(List.of("scan", p.root().toString(), "--format", "sarif", "--output",
        sarif.toString()));
    for (String option : options.split(",")) {
      args.add(option.replace("BASE", base.toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(ExitCode.USAGE, exit, err.toString());
    String firstLine = err.toString().lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("allocpath: ") && firstLine.contains(message), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
    assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean(true), "the stale file was replaced");
    assertEquals(0, run.at("/results").size());
    JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
    assertEquals("error", note.at("/level").asText());
    assertTrue(note.at("/message/text").asText().contains(message), note.toString());
  }

  // --- Text output: the same bytes whatever the run and the thread count, unless --timing.

  @Test
  void textOutputIsByteIdenticalAcrossRunsAndThreads() throws Exception {
    BadInputProject p = project();
    for (int i = 0; i < 4; i++) {
      p.source("part" + i + ".cpp", "#include <mutex>\nstruct Part" + i + " { std::mutex m; };\n");
    }
    p.source("broken.cpp", "struct { \n");
    byte[] one = text(p, "1");
    assertArrayEquals(one, text(p, "1"), "two runs differ");
    assertArrayEquals(one, text(p, "3"), "1 and 3 threads differ");
    String report = new String(one, StandardCharsets.UTF_8);
    assertFalse(report.matches("(?s).* ms\\..*"), "no timing without --timing:\n" + report);
    assertTrue(report.contains("Analysed 6 translation units"), report);
    Path timed = temp.resolve("timed.txt");
    Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "scan", p.root().toString(),
        "-o", timed.toString(), "--timing");
    assertTrue(Files.readString(timed).matches("(?s).*Analysed 6 translation units \\(\\d+ lines\\) in \\d+ ms\\.\n"),
        Files.readString(timed));
  }

  private byte[] text(BadInputProject p, String threads) throws Exception {
    Path file = temp.resolve("text-" + threads + "-" + System.nanoTime() + ".txt");
    Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "scan", p.root().toString(),
        "-o", file.toString(), "--threads", threads);
    return Files.readAllBytes(file);
  }

  // --- Line ends as compilers count them.

  @Test
  void loneCrCrlfAndLfEachEndOneLine() {
    String body = "#include <mutex>\n// comment\nstruct A {\n  std::mutex a;\n};\n";
    BadInputProject p = project()
        .source("cr.cpp", body.replace("\n", "\r").replace("struct A", "struct C"))
        .source("crlf.cpp", body.replace("\n", "\r\n").replace("struct A", "struct D"))
        .source("mixed.cpp", "#include <mutex>\r// cr\r\nstruct M {\n\r  std::mutex m; // allocpath-ignore esp-mutex-member\r};\r"
            + "struct N {\r  std::mutex n;\r};\r");
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.FINDINGS).expectCleanStderr()
        .expectFinding("components/bad/cr.cpp", 4, "esp-mutex-member")
        .expectFinding("components/bad/crlf.cpp", 4, "esp-mutex-member")
        .expectFinding("components/bad/mixed.cpp", 8, "esp-mutex-member")
        .expectNoProblemWith("components/bad/cr.cpp");
    for (JsonNode r : run.results()) {
      String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      assertFalse(uri.equals("components/bad/mixed.cpp") && r.at("/locations/0/physicalLocation/region/startLine").asInt() == 5,
          "the suppression comment on the CR-ended line 5 applies: " + r);
    }
  }

  // --- Glob: every character a file name may hold.

  @Test
  void globMatchesFileNamesWithAnyCharacter() {
    List<String> names = List.of("back\\slash.c", "br[a]cket.c", "star*.c", "what?.c", "new\nline.c", "dollar$(x).c",
        "amp&&and.c", "caf\u00e9.c", "sp ace.c");
    BadInputProject p = project();
    for (String name : names) {
      p.write("components/globbed/src/" + name.replace(".c", ".cpp"), "#include <mutex>\nstruct G { std::mutex m; };\n");
    }
    p.write("components/globbed/CMakeLists.txt",
        "file(GLOB srcs \"${CMAKE_CURRENT_LIST_DIR}/src/*.cpp\")\n"
            + "idf_component_register(SRCS ${srcs})\n");
    p.write("components/bracketed/b.cpp", "#include <mutex>\nstruct B { std::mutex m; };\n");
    p.write("components/bracketed/x&&y.cpp", "#include <mutex>\nstruct X { std::mutex m; };\n");
    p.write("components/bracketed/CMakeLists.txt",
        "file(GLOB one \"${CMAKE_CURRENT_LIST_DIR}/[a-c].cpp\")\nfile(GLOB two \"${CMAKE_CURRENT_LIST_DIR}/x[&]&y.cpp\")\n"
            + "idf_component_register(SRCS ${one} ${two})\n");
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.FINDINGS);
    List<String> analysed = run.sarif().at("/runs/0/artifacts").findValuesAsText("uri");
    run.expectFinding("components/bracketed/b.cpp", 2, "esp-mutex-member");
    run.expectFinding("components/bracketed/x&&y.cpp", 2, "esp-mutex-member");
    for (String name : names) {
      String uri = "components/globbed/src/" + name.replace(".c", ".cpp");
      assertTrue(run.results().stream().anyMatch(r -> decode(r.at("/locations/0/physicalLocation/artifactLocation/uri")
          .asText()).equals(uri)), "no finding in " + name + "; artifacts: " + analysed + "\n" + run.err());
    }
  }

  private static String decode(String uri) {
    return java.net.URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  // --- Terminal: repository text reaches stderr and the text report escaped.

  @Test
  void controlCharactersInFileNamesAndCodeAreEscaped() throws Exception {
    BadInputProject p = project()
        // No ';' in the name: CMake splits a source list there, as ESP-IDF's own build would.
        .source("bold\u001b[1m\u0007.cpp", "#include <mutex>\nstruct T { std::mutex m; };\n")
        .source("clear\u001b[2J.c", new byte[] {'x', 0, 1});
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "scan", p.root().toString(), "--threads", "1");
    assertEquals(ExitCode.FINDINGS, exit, err.toString());
    String all = out + "\n" + err;
    assertFalse(all.contains("\u001b") || all.contains("\u0007"), "a raw control character reached the terminal:\n" + all);
    assertTrue(out.toString().contains("components/bad/bold\\x1b[1m\\x07.cpp:2:"), out.toString());
    assertTrue(err.toString().contains("components/bad/clear\\x1b[2J.c:1: warning:"), err.toString());
  }

  // --- No absolute path in any notification without --embed-root.

  @Test
  void notesAboutPathsBesideTheProjectAreRelative() throws Exception {
    BadInputProject p = project();
    Files.createDirectories(temp.resolve("vendor/include"));
    p.cmake("include_directories(\"${CMAKE_CURRENT_LIST_DIR}/../../../vendor/include\")");
    p.cmake("idf_build_set_property(COMPILE_OPTIONS \"-include${CMAKE_CURRENT_LIST_DIR}/../../../vendor/f.h\" APPEND)");
    p.source("ok.c", "int ok;\n");
    ScanRun run = ScanRun.scan(p.root(), temp.resolve("out.sarif")).expectExit(ExitCode.FINDINGS);
    String sarif = run.sarif().toString();
    assertFalse(sarif.contains(temp.toString()), "an absolute path in the SARIF file: " + run.notifications());
  }
}
