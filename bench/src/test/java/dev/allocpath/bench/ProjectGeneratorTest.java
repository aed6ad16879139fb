package dev.allocpath.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectGeneratorTest {
  /** One scale-1 and one half-scale tree, shared: generating is the slow part of these tests. */
  @TempDir static Path shared;

  private static TreeStats fullStats;
  private static GeneratedTree full;
  private static TreeStats halfStats;
  private static GeneratedTree half;

  @TempDir Path temp;

  @BeforeAll
  static void generateSharedTrees() {
    fullStats = ProjectGenerator.generate(shared.resolve("full"), 1, 42);
    full = new GeneratedTree(shared.resolve("full"));
    halfStats = ProjectGenerator.generate(shared.resolve("half"), 0.5, 42);
    half = new GeneratedTree(shared.resolve("half"));
  }

  private GeneratedTree generate(String name, double scale, long seed) {
    Path out = temp.resolve(name);
    ProjectGenerator.generate(out, scale, seed);
    return new GeneratedTree(out);
  }

  @Test
  void sameSeedGivesByteIdenticalTrees() {
    GeneratedTree a = half;
    GeneratedTree b = generate("again", 0.5, 42);
    assertEquals(a.files.keySet(), b.files.keySet());
    a.files.forEach((path, bytes) -> assertArrayEquals(bytes, b.files.get(path), path));
  }

  @Test
  void differentSeedsGiveDifferentTrees() {
    GeneratedTree a = half;
    GeneratedTree b = generate("other", 0.5, 43);
    assertNotEquals(a.files.keySet(), b.files.keySet());
  }

  @Test
  void scaleOneHasTheSizeOfTheReferenceTree() {
    TreeStats s = fullStats;
    assertEquals(120, s.units());
    assertInRange("compiled lines", s.unitLines(), 95_000, 140_000);
    assertInRange("C/C++ files", s.sourceFiles(), 400, 650);
    assertInRange("C/C++ lines", s.sourceLines(), 160_000, 260_000);
    // The reference's sources average about 30 characters a line; CDT's cost follows characters.
    assertInRange("bytes per line", s.bytes() / s.sourceLines(), 24, 40);
  }

  @Test
  void sizeGrowsLinearlyWithScale() {
    assertEquals(60, halfStats.units());
    assertEquals(120, fullStats.units());
    double lines = (double) fullStats.unitLines() / halfStats.unitLines();
    double files = (double) fullStats.sourceFiles() / halfStats.sourceFiles();
    assertTrue(lines > 1.6 && lines < 2.4, "compiled lines grew " + lines + "x for 2x the scale");
    assertTrue(files > 1.5 && files < 2.5, "files grew " + files + "x for 2x the scale");
  }

  @Test
  void aLargerScaleKeepsTheComponentsOfTheSmallerOne() {
    List<ComponentPlan> small = ProjectPlanner.plan(0.5, 42);
    List<ComponentPlan> large = ProjectPlanner.plan(1, 42);
    assertTrue(small.size() >= 4 && large.size() > small.size() + 4);
    // Every component but the last (cut to the unit budget) is the same in the larger project.
    for (int i = 0; i < small.size() - 1; i++) {
      assertEquals(small.get(i), large.get(i));
    }
    GeneratedTree a = half;
    GeneratedTree b = full;
    String stable = "components/" + small.get(2).name() + "/";
    a.files.forEach((path, bytes) -> {
      if (path.startsWith(stable)) {
        assertArrayEquals(bytes, b.files.get(path), path);
      }
    });
  }

  @Test
  void smokeScaleIsSmallAndHasBothLanguages() {
    TreeStats s = ProjectGenerator.generate(temp.resolve("smoke"), 0.1, 1);
    assertEquals(12, s.units());
    GeneratedTree t = new GeneratedTree(temp.resolve("smoke"));
    assertTrue(t.count(p -> p.startsWith("components/") && p.endsWith(".c") && !p.contains("/test/")
        && !p.contains("/examples/") && !p.contains("/port/")) > 0);
    assertTrue(t.count(p -> p.contains("/src/impl/") && p.endsWith(".cpp")) > 0);
  }

  @Test
  void cmakeListsUseTheEspIdfFeaturesTheModelReads() {
    GeneratedTree t = full;
    String cmake = t.all(p -> p.endsWith("CMakeLists.txt"));
    for (String feature : List.of("set(", "list(APPEND ", "idf_component_register(", "SRCS ${", "INCLUDE_DIRS include",
        "PRIV_INCLUDE_DIRS src", "REQUIRES ", "PRIV_REQUIRES ", "target_compile_definitions(${COMPONENT_LIB} PRIVATE",
        "target_compile_options(${COMPONENT_LIB} PRIVATE", "file(GLOB ", "if(", "endif()",
        "idf_component_register(INCLUDE_DIRS include)")) {
      assertTrue(cmake.contains(feature), "no CMakeLists.txt uses " + feature);
    }
    Matcher forced = Pattern.compile("-include \\$\\{CMAKE_CURRENT_LIST_DIR}/(\\.\\./)?(\\S+_redirect\\.h)").matcher(cmake);
    assertTrue(forced.find(), "no component force-includes a redirect header");
    boolean unredirectedC = full.files.keySet().stream().filter(p -> p.endsWith("/CMakeLists.txt")).map(full::text)
        .anyMatch(text -> text.contains(": C component.") && text.contains("# This component's allocations are not redirected."));
    assertTrue(unredirectedC, "every C component is redirected: the unredirected-alloc rule would have nothing to find");
    String redirect = t.all(p -> p.endsWith("_redirect.h"));
    for (String symbol : List.of("malloc(size)", "calloc(count, size)", "free(ptr)")) {
      assertTrue(redirect.contains("#define " + symbol), "redirect header does not #define " + symbol);
    }
  }

  @Test
  void sourcesHaveThreadsAllocationsAndMutexMembers() {
    GeneratedTree t = full;
    String c = t.all(p -> p.endsWith(".c") || p.endsWith(".h"));
    String cpp = t.all(p -> p.endsWith(".cpp") || p.endsWith(".hpp"));
    assertContainsAll(c, "pthread_create(", "pthread_join(", "thread_init(&ctx->worker", "pthread_detach(",
        "calloc(1, sizeof(", "malloc(len)", "realloc(", "free(item)", "_XALLOC(size) malloc(size)", "#if ", "#ifdef ",
        "struct ", "switch (", "for (", "while (", "snprintf(", "strncpy(", "memcpy(", " = {", ".timeout_ms = ");
    assertContainsAll(cpp, "mutable std::mutex mMutex;", "std::recursive_mutex mSendMutex;",
        "synchronized_callback<State> stateChangeCallback;", "template <typename... Args> class synchronized_callback",
        "mutable std::recursive_mutex mutex;", "std::shared_ptr<", "std::vector<std::weak_ptr<", "std::map<std::string, int>",
        "std::thread mWorker;", "mWorker.join();", "std::lock_guard<std::mutex> lock(mMutex);", "[this]()",
        "for (const auto &[", "catch (const std::exception &e)", "malloc(data.size() + 1)");
    // A few threads are never joined: the timer thread of some C modules, or a C++ timer member.
    assertTrue(c.contains("pthread_create(&ctx->timer_thread") || cpp.contains("mTimer = std::thread("),
        "no unjoined thread in the project");
    assertTrue(!c.contains("pthread_join(ctx->timer_thread") && !cpp.contains("mTimer.join()"));
  }

  @Test
  void generatedCodeHasBalancedBracketsOutsideLiteralsAndComments() {
    GeneratedTree t = half;
    t.files.forEach((path, bytes) -> {
      if (path.matches(".*\\.(c|h|cpp|hpp)$")) {
        assertEquals("", Brackets.unbalanced(new String(bytes, StandardCharsets.UTF_8)), path);
      }
    });
  }

  @Test
  void buildInfoListsExactlyTheCompiledUnits() throws IOException {
    Path out = temp.resolve("tree");
    Path info = temp.resolve("info");
    TreeStats s = ProjectGenerator.generate(out, 0.3, 5, info);
    List<String> files = Files.readAllLines(info.resolve("files.txt"));
    assertEquals(s.units(), files.size());
    for (String f : files) {
      assertTrue(Files.isRegularFile(Path.of(f)), f);
      assertTrue(f.endsWith(".c") || f.endsWith(".cpp"), f);
    }
    for (String dir : Files.readAllLines(info.resolve("includes.txt"))) {
      assertTrue(Files.isDirectory(Path.of(dir)), dir);
    }
    String db = Files.readString(info.resolve("compile_commands.json"));
    assertEquals(s.units(), db.split("\"file\": ").length - 1);
    boolean forcedInTree = new GeneratedTree(out).all(p -> p.endsWith("CMakeLists.txt")).contains("-include ");
    assertEquals(forcedInTree, db.contains("\"-include\""), "force-includes in the database match the CMakeLists");
    List<String> defines = Files.readAllLines(info.resolve("defines.txt"));
    assertTrue(defines.stream().anyMatch(d -> d.contains("_MAX_ITEMS=")), "no C component definitions");
    assertTrue(defines.stream().anyMatch(d -> d.endsWith("_USE_MBEDTLS=1")), "no C++ component definitions");
  }

  @Test
  void everyCompiledUnitIsListedByItsComponent() throws IOException {
    Path out = temp.resolve("tree");
    Path info = temp.resolve("info");
    ProjectGenerator.generate(out, 0.5, 6, info);
    GeneratedTree t = new GeneratedTree(out);
    for (String f : Files.readAllLines(info.resolve("files.txt"))) {
      String rel = out.relativize(Path.of(f)).toString().replace('\\', '/');
      String component = rel.substring(0, rel.indexOf('/', "components/".length()) + 1);
      String inComponent = rel.substring(component.length());
      String cmake = t.text(component + "CMakeLists.txt");
      boolean globbed = inComponent.matches("src/[^/]+\\.cpp") && cmake.contains("/src/*.cpp\")");
      assertTrue(globbed || cmake.contains(inComponent), rel + " is not in " + component + "CMakeLists.txt");
    }
    List<String> unbuilt = new ArrayList<>();
    t.files.keySet().stream().filter(p -> p.contains("/test/") || p.contains("/deps/") || p.contains("/examples/"))
        .forEach(unbuilt::add);
    assertTrue(unbuilt.size() > 10, "too few files outside the build: " + unbuilt.size());
  }

  @Test
  void refusesANonEmptyOutputDirectoryAndABadScale() throws IOException {
    Path out = temp.resolve("full");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "x");
    assertThrows(IllegalArgumentException.class, () -> ProjectGenerator.generate(out, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> ProjectGenerator.generate(temp.resolve("z"), 0.0, 1));
    assertEquals("x", Files.readString(out.resolve("keep.txt")));
  }

  private static void assertContainsAll(String text, String... needles) {
    for (String n : needles) {
      assertTrue(text.contains(n), "generated code never contains: " + n);
    }
  }

  private static void assertInRange(String what, long value, long low, long high) {
    assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + ".." + high);
  }
}
