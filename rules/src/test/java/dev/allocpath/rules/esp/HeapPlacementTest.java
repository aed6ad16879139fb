package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Severity;
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
 * What testdata markers cannot show about heap placement: finding levels, the SARIF result
 * properties, the code flow through wrappers, and the internal-on-purpose run property.
 */
class HeapPlacementTest {
  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private AnalysisResult scan() {
    return new ProjectScanner(ScanOptions.defaults(), List.of(new UnredirectedAllocRule())).scan(project);
  }

  private static Finding at(AnalysisResult result, int line) {
    return result.findings().stream().filter(f -> f.location().line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no finding on line " + line + ": " + result.findings()));
  }

  private void useMallocProject(String source) throws IOException {
    write("sdkconfig", "CONFIG_SPIRAM=y\nCONFIG_SPIRAM_USE_MALLOC=y\nCONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL=1024\n");
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS \"app.c\")\n");
    write("components/app/app.c", source);
  }

  @Test
  void internalFirstIsAWarningAndAnUnknownSizeANoteWithTheirProperties() throws IOException {
    useMallocProject("""
        typedef unsigned size_t;
        void *malloc(size_t n);
        struct pair { int a; int b; };
        void f(size_t n) {
            void *a = malloc(64);
            void *b = malloc(n);
            void *c = malloc(sizeof(struct pair));
            void *d = malloc(4096);
        }
        """);
    AnalysisResult result = scan();
    assertEquals(3, result.findings().size(), result.findings().toString());
    Finding small = at(result, 5);
    assertEquals(Severity.WARNING, small.level());
    assertEquals("internal-first", small.properties().get("placement"));
    assertEquals(64L, small.properties().get("size"));
    assertEquals(1024L, small.properties().get("threshold"));
    assertEquals("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL=1024 (sdkconfig:3)", small.properties().get("decidedBy"));
    assertFalse(small.properties().containsKey("sizeEstimated"));

    Finding unknown = at(result, 6);
    assertEquals(Severity.NOTE, unknown.level());
    assertEquals("size-dependent", unknown.properties().get("placement"));
    assertFalse(unknown.properties().containsKey("size"));
    assertTrue(unknown.message().contains("internal when n <= 1024"), unknown.message());

    Finding estimated = at(result, 7);
    assertEquals(8L, estimated.properties().get("size"));
    assertEquals(true, estimated.properties().get("sizeEstimated"));
    assertTrue(estimated.message().contains("about 8 bytes"), estimated.message());
  }

  @Test
  void aWrapperCallShowsThePathFromTheCallSiteToTheAllocator() throws IOException {
    useMallocProject("""
        typedef unsigned size_t;
        void *malloc(size_t n);
        static void *inner(size_t n) { return malloc(n); }
        void *outer(size_t n) { void *p = inner(n); return p; }
        void use(void) {
            void *a = outer(100);
            void *b = outer(100000);
        }
        """);
    AnalysisResult result = scan();
    assertEquals(1, result.findings().size(), result.findings().toString());
    Finding f = at(result, 6);
    assertEquals("outer", f.properties().get("wrapper"));
    assertEquals("malloc", f.properties().get("symbol"));
    assertEquals(100L, f.properties().get("size"));
    assertEquals(List.of(6, 4, 3), f.flow().stream().map(s -> s.location().line()).toList());
    assertTrue(f.flow().get(0).message().contains("calls the allocation wrapper 'outer' with a size of 100 bytes"),
        f.flow().get(0).message());
  }

  @Test
  void internalCapsAreNotFindingsButARunPropertyTheBudgetCanRead() throws IOException {
    useMallocProject("""
        typedef unsigned size_t;
        void *heap_caps_malloc(size_t n, unsigned caps);
        void f(void) {
            void *a = heap_caps_malloc(256, MALLOC_CAP_INTERNAL);
            void *b = heap_caps_malloc(64, MALLOC_CAP_DMA | MALLOC_CAP_8BIT);
            void *c = heap_caps_malloc(64, MALLOC_CAP_SPIRAM);
        }
        """);
    AnalysisResult result = scan();
    assertEquals(List.of(), result.findings());
    Summary onPurpose = result.summaries().stream()
        .filter(s -> s.key().equals(UnredirectedAllocRule.INTERNAL_ON_PURPOSE)).findFirst().orElseThrow();
    List<?> entries = (List<?>) onPurpose.data();
    assertEquals(2, entries.size());
    Map<?, ?> first = (Map<?, ?>) entries.get(0);
    assertEquals("components/app/app.c:4:15", first.get("location"));
    assertEquals("heap_caps_malloc", first.get("call"));
    assertEquals("caps MALLOC_CAP_INTERNAL", first.get("caps"));
    assertEquals(256L, first.get("size"));
  }

  @Test
  void withoutAConfigurationTheMessagesAndCapsAreTodays() throws IOException {
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS \"app.c\")\n");
    write("components/app/app.c", """
        typedef unsigned size_t;
        void *malloc(size_t n);
        void *heap_caps_malloc(size_t n, unsigned caps);
        void f(void) {
            void *a = malloc(64);
            void *b = heap_caps_malloc(64, MALLOC_CAP_DEFAULT);
        }
        """);
    AnalysisResult result = scan();
    assertEquals(1, result.findings().size(), result.findings().toString());
    Finding f = at(result, 5);
    assertEquals(Severity.WARNING, f.level());
    // Plain text: the message links the component to its related location ("['app'](1)").
    String plain = f.message().replaceAll("\\[([^\\]]*)\\]\\(\\d+\\)", "$1");
    assertTrue(plain.startsWith("Call to 'malloc' allocates from internal RAM: component 'app' has no PSRAM"),
        f.message());
    assertEquals("internal", f.properties().get("placement"));
    assertTrue(result.summaries().stream().noneMatch(s -> s.key().equals(UnredirectedAllocRule.INTERNAL_ON_PURPOSE)));
  }

  @Test
  void constantTextFoldsArithmeticCastsAndSizeofAndRefusesTheRest() {
    java.util.function.Function<String, ConstantText.Value> names =
        n -> n.equals("N") ? new ConstantText.Value(8, false) : null;
    java.util.function.Function<String, ConstantText.Value> types =
        t -> t.equals("int") || t.equals("size_t") ? new ConstantText.Value(4, true) : null;
    assertEquals(4096L, ConstantText.fold("4 * 1024", names, types).value());
    assertEquals(1024L, ConstantText.fold("1 << 10", names, types).value());
    assertEquals(0x30L, ConstantText.fold("0x10 | 0x20", names, types).value());
    assertEquals(36L, ConstantText.fold("(size_t)(N + 1) * sizeof(int)", names, types).value());
    assertTrue(ConstantText.fold("N * sizeof(int)", names, types).estimated());
    assertFalse(ConstantText.fold("N * 2", names, types).estimated());
    assertEquals(10L, ConstantText.fold("10UL", names, types).value());
    assertNull(ConstantText.fold("len * 2", names, types));
    assertNull(ConstantText.fold("8 / 0", names, types));
    assertNull(ConstantText.fold("f(2)", names, types));
    assertNull(ConstantText.fold("sizeof(struct unknown)", names, types));
    assertNull(ConstantText.fold("99999999999999999999999", names, types));
  }
}
