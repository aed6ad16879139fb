package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --files} parses only the components the files can affect; this proves it reports, for
 * every file of the example project and of every directory case in testdata, exactly what a
 * whole-project scan reports for that file (the SARIF results, fingerprints included).
 */
class NarrowedScanTest {
  private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ANALYSED = Pattern.compile("Analysed (\\d+) translation units?");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> everyFileGetsTheFindingsOfAWholeProjectScan() throws IOException {
    List<Path> projects = new ArrayList<>();
    projects.add(TESTDATA.resolve("projects/webrtc-demo"));
    try (Stream<Path> rules = Files.list(TESTDATA)) {
      for (Path rule : rules.filter(p -> p.getFileName().toString().startsWith("esp-")).sorted().toList()) {
        try (Stream<Path> cases = Files.list(rule)) {
          cases.filter(Files::isDirectory).sorted().forEach(projects::add);
        }
      }
    }
    return projects.stream().map(project -> DynamicTest.dynamicTest(
        TESTDATA.relativize(project).toString(), () -> assertNarrowedMatchesWhole(project)));
  }

  private void assertNarrowedMatchesWhole(Path project) throws IOException {
    Map<String, List<String>> whole = resultsByFile(sarif(project, List.of("--whole-project")));
    for (String file : projectFiles(project)) {
      String given = project.resolve(file).toString();
      List<String> narrowed = all(resultsByFile(sarif(project, List.of("--files", given))));
      // A CMakeLists.txt stands for its component's files (some may lie outside its directory):
      // ask the whole-project scan itself which findings that covers.
      List<String> expected = file.endsWith("CMakeLists.txt")
          ? all(resultsByFile(sarif(project, List.of("--files", given, "--whole-project"))))
          : whole.getOrDefault(file, List.of());
      assertEquals(expected, narrowed, project.getFileName() + ": --files " + file);
    }
  }

  private static List<String> all(Map<String, List<String>> byFile) {
    List<String> results = new ArrayList<>();
    byFile.values().forEach(results::addAll);
    return results;
  }

  @Test
  void aSourceFileParsesOnlyTheComponentsItCanAffect() {
    Path demo = TESTDATA.resolve("projects/webrtc-demo");
    int whole = analysed(CliRun.of("scan", demo.toString(), "--fail-on", "never", "--color", "never"));
    int narrowed = analysed(CliRun.of("scan", demo.toString(), "--fail-on", "never", "--color", "never",
        "--files", demo.resolve("components/libjuice/src/agent.c").toString()));
    assertEquals(30, whole);
    assertTrue(narrowed < whole, "narrowed to " + narrowed + " units");
    int forced = analysed(CliRun.of("scan", demo.toString(), "--fail-on", "never", "--color", "never",
        "--whole-project", "--files", demo.resolve("components/libjuice/src/agent.c").toString()));
    assertEquals(whole, forced, "--whole-project parses everything");
  }

  @Test
  void aComputedIncludeAnywhereKeepsTheWholeProject() {
    SmallProject.write(out);
    SmallProject.file(out, "components/util/extra.c", "#define HDR \"x.h\"\n#include HDR\n");
    int narrowed = analysed(textScanOf("components/util/util.cpp"));
    assertEquals(3, narrowed, "the include of extra.c cannot be followed: every unit is parsed");
  }

  @Test
  void aChangedHeaderReachesItsIncludersAndAWholeProjectMessageRepeatsTheRun() {
    SmallProject.file(out, "components/a/CMakeLists.txt", "idf_component_register(SRCS a.c INCLUDE_DIRS .)\n");
    SmallProject.file(out, "components/a/a.c", "#include \"outer.h\"\n");
    SmallProject.file(out, "components/a/outer.h", "#include \"inner.h\"\n");
    SmallProject.file(out, "components/a/inner.h",
        "#include <pthread.h>\nstatic void *r(void *x) { return x; }\n"
            + "static inline int go(void) { pthread_t t; return pthread_create(&t, 0, r, 0); }\n");
    SmallProject.file(out, "components/b/CMakeLists.txt", "idf_component_register(SRCS b.c)\n"
        + "target_compile_options(${COMPONENT_LIB} PRIVATE -include ${CMAKE_CURRENT_LIST_DIR}/forced.h)\n");
    SmallProject.file(out, "components/b/b.c", "int b;\n");
    SmallProject.file(out, "components/b/forced.h", "#include <pthread.h>\nstatic void *q(void *x) { return x; }\n"
        + "static inline int f(void) { pthread_t u; return pthread_create(&u, 0, q, 0); }\n");
    SmallProject.file(out, "components/c/CMakeLists.txt", "idf_component_register(SRCS c.c)\n");
    SmallProject.file(out, "components/c/c.c", "#include <stdlib.h>\nvoid *c(void) { return malloc(4); }\n");

    CliRun inner = textScanOf("components/a/inner.h");
    assertEquals(1, analysed(inner));
    assertTrue(inner.out().contains("inner.h:3:"), inner.out());
    CliRun forced = textScanOf("components/b/forced.h");
    assertEquals(1, analysed(forced));
    assertTrue(forced.out().contains("forced.h:3:"), forced.out());

    CliRun alloc = textScanOf("components/c/c.c");
    assertEquals(1, analysed(alloc), "no other component defines an allocator macro: nothing to add");
    assertTrue(alloc.out().contains("c.c:2:"), alloc.out());

    SmallProject.file(out, "components/d/CMakeLists.txt", "idf_component_register(SRCS d.c)\n"
        + "target_compile_options(${COMPONENT_LIB} PRIVATE -include ${CMAKE_CURRENT_LIST_DIR}/psram.h)\n");
    SmallProject.file(out, "components/d/psram.h", "#define malloc(n) psram_malloc(n)\n");
    SmallProject.file(out, "components/d/d.c", "int d;\n");
    CliRun named = textScanOf("components/c/c.c");
    assertEquals(2, analysed(named), "c, and d whose forced header defines malloc: " + named.out());
    assertTrue(named.out().contains("'d' gets one from components/d/CMakeLists.txt:2"), named.out());
  }

  @Test
  void aFifoAmongTheSourcesNeitherHangsTheScopeScanNorTheRun() throws Exception {
    SmallProject.file(out, "components/a/CMakeLists.txt", "idf_component_register(SRCS a.c pipe.c)\n");
    SmallProject.file(out, "components/a/a.c", "#include <pthread.h>\nint a;\n");
    SmallProject.file(out, "components/a/big.h", "");
    Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("components/a/pipe.c").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    CliRun run = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> textScanOf("components/a/a.c"));
    assertEquals(0, run.exit(), run.err());
  }

  /** A text-report scan of {@code out} narrowed to one project-relative file. */
  private CliRun textScanOf(String relative) {
    return CliRun.of("scan", out.toString(), "--fail-on", "never", "--color", "never",
        "--files", out.resolve(relative).toString());
  }

  private static int analysed(CliRun run) {
    Matcher m = ANALYSED.matcher(run.out());
    assertTrue(m.find(), run.out() + run.err());
    return Integer.parseInt(m.group(1));
  }

  private JsonNode sarif(Path project, List<String> extra) {
    Path file = out.resolve("run.sarif");
    List<String> args = new ArrayList<>(List.of("scan", project.toString(), "--format", "sarif",
        "--output", file.toString(), "--fail-on", "never"));
    args.addAll(extra);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    // A file no unit compiles or includes (main/ skipped, a folder that is no component) cannot
    // have findings: the run says so with exit 2 and a SARIF run without results.
    boolean unusable = run.exit() == 2 && run.err().contains("none of the files given can have findings");
    assertEquals(unusable ? 2 : 0, run.exit(), run.err());
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> resultsByFile(JsonNode sarif) {
    Map<String, List<String>> byFile = new TreeMap<>();
    for (JsonNode result : sarif.path("runs").path(0).path("results")) {
      String path = result.path("locations").path(0).path("physicalLocation").path("artifactLocation")
          .path("uri").asText();
      byFile.computeIfAbsent(path, k -> new ArrayList<>()).add(result.toString());
    }
    return byFile;
  }

  private static List<String> projectFiles(Path project) throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.filter(Files::isRegularFile)
          .map(p -> project.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.matches(".*\\.(c|cc|cpp|h|hpp)$") || p.endsWith("CMakeLists.txt"))
          .sorted()
          .toList();
    }
  }
}
