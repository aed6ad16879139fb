package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Settings;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import dev.allocpath.engine.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What testdata markers cannot show: the configured allocator list, an explicit compile
 * database, and the per-component summary.
 */
class UnredirectedAllocRuleTest {
  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private AnalysisResult scan(Settings settings, Path compileCommands) {
    ScanOptions defaults = ScanOptions.defaults();
    ScanOptions options = new ScanOptions(defaults.componentRoots(), defaults.excludes(), compileCommands,
        defaults.allowOutsideRoot(), 1, defaults.parseTimeout(), settings, defaults.ruleLevels(), null);
    return new ProjectScanner(options, List.of(new UnredirectedAllocRule())).scan(project);
  }

  private static Settings allocators(List<String> names) {
    return new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return defaultValue;
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return key.equals("allocators") ? names : defaultValue;
      }
    };
  }

  private static List<String> places(AnalysisResult result) {
    return result.findings().stream().map(f -> f.location().path() + ":" + f.location().line()).toList();
  }

  @Test
  void theConfiguredAllocatorListReplacesTheBuiltInOne() throws IOException {
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS \"app.c\")\n");
    write("components/app/app.c", """
        void *pool_alloc(unsigned n);
        void *malloc(unsigned n);
        void *f(void) {
            void *a = pool_alloc(8);
            return malloc(8);
        }
        """);
    AnalysisResult result = scan(allocators(List.of("pool_alloc")), null);
    assertEquals(List.of("components/app/app.c:4"), places(result));
    assertTrue(result.findings().get(0).message().contains("no PSRAM redirect for pool_alloc"));
  }

  @Test
  void anExplicitCompileDatabaseIsTheTruthForTheFilesItLists() throws IOException {
    write("components/heap/CMakeLists.txt", "idf_component_register(INCLUDE_DIRS \"include\")\n");
    write("components/heap/include/redirect.h", "void *psram_malloc(unsigned n);\n#define malloc(n) psram_malloc(n)\n");
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS \"app.c\" PRIV_REQUIRES heap)\n");
    write("components/app/app.c", "void *f(void) { return malloc(8); }\n");
    write("elsewhere/commands.json", """
        [{"directory": "..", "file": "components/app/app.c",
          "command": "gcc -include components/heap/include/redirect.h -c components/app/app.c"}]
        """);
    assertEquals(List.of("components/app/app.c:1"), places(scan(Settings.defaults(), null)));
    AnalysisResult withDatabase = scan(Settings.defaults(), project.resolve("elsewhere/commands.json"));
    assertEquals(List.of(), places(withDatabase));
    assertTrue(withDatabase.buildSource().contains("commands.json"), withDatabase.buildSource());
  }

  @Test
  void theSummaryGivesEveryComponentItsStatePerSymbol() throws IOException {
    write("components/heap/CMakeLists.txt", "idf_component_register(INCLUDE_DIRS \"include\")\n");
    write("components/heap/include/redirect.h", "void *psram_malloc(unsigned n);\n#define malloc(n) psram_malloc(n)\n");
    write("components/fast/CMakeLists.txt", """
        idf_component_register(SRCS "fast.c" PRIV_REQUIRES heap)
        target_compile_options(${COMPONENT_LIB} PRIVATE -include redirect.h)
        target_link_libraries(${COMPONENT_LIB} INTERFACE "-Wl,--wrap=calloc")
        """);
    write("components/fast/fast.c", "void *f(void) { return malloc(8); }\n");
    write("components/slow/CMakeLists.txt", "idf_component_register(SRCS \"slow.c\")\n");
    write("components/slow/slow.c", "void *g(void) { return malloc(8); }\n");
    AnalysisResult result = scan(Settings.defaults(), null);

    Summary summary = result.summaries().stream().filter(s -> s.key().equals("redirects")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> table = (Map<String, Map<String, String>>) summary.data();
    assertEquals("forced header components/heap/include/redirect.h (-include at components/fast/CMakeLists.txt:2)",
        table.get("fast").get("malloc"));
    assertEquals("link wrap at components/fast/CMakeLists.txt:3", table.get("slow").get("calloc"));
    assertEquals("none", table.get("slow").get("malloc"));
    assertEquals("header-only", table.get("heap").get("malloc"));
    assertEquals(AllocatorSymbols.DEFAULTS, List.copyOf(table.get("slow").keySet()));
    assertTrue(summary.textLines().contains(
        "  slow: default heap (no redirect): malloc, realloc, free, strdup, strndup, posix_memalign,"
            + " aligned_alloc, memalign, valloc, asprintf, vasprintf, reallocarray, getline, getdelim;"
            + " link wrap: calloc"),
        String.join("\n", summary.textLines()));

    Finding finding = result.findings().get(0);
    assertEquals("components/slow/slow.c", finding.location().path());
    assertEquals(List.of("components/slow/CMakeLists.txt", "components/fast/CMakeLists.txt",
            "components/heap/include/redirect.h"),
        finding.related().stream().map(r -> r.location().path()).toList());
  }
}
