package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocpath.cli.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken build descriptions and file-system traps: CMake files that do not parse or never stop,
 * missing and looping files, links out of the project, a broken compile database. Each is
 * reported with its file while the good component is still analysed.
 */
class BadBuildInputTest {
  @TempDir Path temp;

  private BadInputProject project() {
    return new BadInputProject(temp.resolve("project"));
  }

  private ScanRun scan(BadInputProject project, String... options) {
    return ScanRun.scan(project.root(), temp.resolve("out.sarif"), options);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "unterminated_quote.cmake, unterminated quoted argument",
      "unterminated_bracket.cmake, unterminated bracket argument",
      "unterminated_paren.cmake, missing ')' for command 'idf_component_register'",
  })
  void malformedCMakeListsIsASyntaxWarning(String file, String message) {
    BadInputProject p = project();
    p.write("components/bad/CMakeLists.txt", BadInputProject.read(BadInputProject.testdata("cmake/" + file)));
    p.write("components/bad/bad.c", "int bad;\n");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "cmake-syntax", message);
  }

  @Test
  void includeOfAMissingFileIsReported() {
    BadInputProject p = project();
    p.write("components/bad/CMakeLists.txt", BadInputProject.read(BadInputProject.testdata("cmake/missing_include.cmake")));
    p.write("components/bad/bad.c", "int bad;\n");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "cmake-missing-include", "does_not_exist.cmake' does not exist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "runaway.cmake, set(): value longer than 4194304 characters; evaluation of this file stopped",
      "endless_loops.cmake, evaluation stopped after 2000000 commands",
      "catastrophic_regex.cmake, string(): regular expression still matching after 10 s; stopped",
  })
  void runawayCMakeIsStoppedAndTheOtherComponentsEvaluated(String file, String message) {
    BadInputProject p = project();
    p.write("components/bad/CMakeLists.txt", BadInputProject.read(BadInputProject.testdata("cmake/" + file)));
    p.write("components/bad/bad.c", "int bad;\n");
    ScanRun run = scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "cmake-unsupported", message);
    // The stop unwinds the whole file, so the component registers nothing (a note in SARIF).
    run.notification("components/bad/CMakeLists.txt", "cmake-component", "does not call idf_component_register()");
  }

  @Test
  void deeplyNestedCMakeArgumentsAreReportedNotACrash() {
    BadInputProject p = project();
    p.write("components/bad/CMakeLists.txt",
        "set(x " + "(".repeat(100_000) + "a" + ")".repeat(100_000) + ")\nidf_component_register(SRCS bad.c)\n");
    p.write("components/bad/bad.c", "int bad;\n");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "cmake-syntax", "parentheses nested too deeply");
  }

  @Test
  void sourceListedButMissingIsReported() {
    BadInputProject p = project().listed("gone.c");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "missing-source", "'components/bad/gone.c' of component 'bad' does not exist");
  }

  @Test
  void symlinkLoopIsAMissingFileAndADirectoryLoopEndsTheGlob() {
    BadInputProject p = project()
        .symlink("components/bad/ping.c", Path.of("pong.c"))
        .symlink("components/bad/pong.c", Path.of("ping.c"))
        .listed("ping.c")
        .source("real.cpp", "#include <mutex>\nstruct Real {\n  std::mutex m;\n};\n")
        .symlink("components/bad/sub/up", Path.of(".."))
        .cmake("file(GLOB_RECURSE FOUND \"${CMAKE_CURRENT_SOURCE_DIR}/*.cpp\")")
        .cmake("list(LENGTH FOUND n)");
    ScanRun run = scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "missing-source", "components/bad/ping.c");
    run.expectFinding("components/bad/real.cpp", 3, "esp-mutex-member");
    long realFindings = run.results().stream()
        .filter(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("real.cpp")).count();
    assertEquals(1, realFindings, "the file is analysed once, not once per trip around the loop");
  }

  @Test
  void symlinkOutOfTheProjectIsNotFollowed(@TempDir Path elsewhere) {
    BadInputProject outside = new BadInputProject(elsewhere);
    outside.write("leak.cpp", "#include <mutex>\nstruct Leak {\n  std::mutex m;\n};\n");
    outside.write("leak.h", "#include <mutex>\nstruct LeakHeader {\n  std::mutex m;\n};\n");
    BadInputProject p = project()
        .symlink("components/bad/leak.cpp", elsewhere.resolve("leak.cpp")).listed("leak.cpp")
        .symlink("components/bad/leak.h", elsewhere.resolve("leak.h"))
        .source("user.cpp", "#include \"leak.h\"\nint user;\n");
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("components/bad/CMakeLists.txt", "outside-root", "'components/bad/leak.cpp' of component 'bad' is outside the project root")
        .expectNoFindingIn("components/bad/leak.cpp")
        .expectNoFindingIn("components/bad/leak.h");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "truncated.json, compile database is not valid JSON",
      "not_an_array.json, compile database is not a JSON array",
      "bad_entries.json, entry without 'file' or 'directory' skipped",
  })
  void malformedCompileDatabaseFallsBackToCMakeFlags(String file, String message) {
    BadInputProject p = project();
    p.write("build/compile_commands.json", BadInputProject.read(BadInputProject.testdata("compile_commands/" + file)));
    scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed()
        .expectProblem("build/compile_commands.json", "compile-db-error", message);
  }

  @Test
  void compileDatabaseEntryOutsideTheProjectIsNotRead(@TempDir Path elsewhere) {
    BadInputProject outside = new BadInputProject(elsewhere);
    BadInputProject p = project();
    String good = p.path(BadInputProject.GOOD_FILE).toString().replace("\\", "/");
    String leak = outside.path(BadInputProject.GOOD_FILE).toString().replace("\\", "/");
    p.write("build/compile_commands.json", "[\n"
        + "  {\"directory\": \"" + elsewhere + "\", \"file\": \"" + leak + "\", \"arguments\": [\"c++\", \"-c\", \"" + leak + "\"]},\n"
        + "  {\"directory\": \"" + p.root() + "\", \"file\": \"" + good + "\", \"arguments\": [\"c++\", \"-DX=1\", \"-c\", \"" + good + "\"]}\n"
        + "]\n");
    ScanRun run = scan(p).expectExit(ExitCode.FINDINGS).expectCleanStderr().expectGoodFileAnalysed();
    for (var r : run.results()) {
      String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      assertEquals(false, uri.startsWith("..") || uri.startsWith("/"), "nothing outside the project: " + uri);
    }
  }
}
