package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The operatorNew summary, which testdata markers cannot show. */
class DefaultHeapStaticRuleTest {
  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Summary summary() {
    AnalysisResult result =
        new ProjectScanner(ScanOptions.defaults().withThreads(1), List.of(new DefaultHeapStaticRule())).scan(project);
    return result.summaries().stream().filter(s -> s.key().equals("operatorNew")).findFirst().orElseThrow();
  }

  @Test
  void aReplacementIsNamedWithItsFormAndTheEarlyStaticsCaveat() throws IOException {
    write("components/heap/CMakeLists.txt", "idf_component_register(SRCS \"new.cpp\")\n");
    write("components/heap/new.cpp", """
        #include <cstddef>
        void *psram(std::size_t n);
        void *operator new[](std::size_t size, std::align_val_t align) { return psram(size); }
        """);
    Summary summary = summary();
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) summary.data();
    assertEquals(true, data.get("replaced"));
    assertEquals(List.of(Map.of("location", "components/heap/new.cpp:3:7", "form", "array, aligned")),
        data.get("definitions"));
    assertEquals("operator new is replaced at components/heap/new.cpp:3:7 (array, aligned).", summary.textLines().get(0));
    assertTrue(summary.textLines().get(1).contains("static initialisers"), summary.textLines().get(1));
  }

  @Test
  void withoutAReplacementTheSummarySaysSo() throws IOException {
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS \"app.cpp\")\n");
    write("components/app/app.cpp", "#include <vector>\nstd::vector<int> gValues;\n");
    Summary summary = summary();
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) summary.data();
    assertEquals(false, data.get("replaced"));
    assertEquals(List.of("operator new is not replaced: C++ containers, strings, make_shared and new use internal RAM."),
        summary.textLines());
  }

  @Test
  void aWholeProgramWrapOfMallocCountsAndAPrivateOneDoesNot() throws IOException {
    write("components/wrap/CMakeLists.txt", """
        idf_component_register(SRCS "wrap.c")
        target_link_options(${COMPONENT_LIB} PRIVATE "-Wl,--wrap=malloc")
        """);
    write("components/wrap/wrap.c", "int unused;\n");
    assertEquals(false, ((Map<?, ?>) summary().data()).get("replaced"));
    write("components/wrap/CMakeLists.txt", """
        idf_component_register(SRCS "wrap.c")
        target_link_options(${COMPONENT_LIB} INTERFACE "-Wl,--wrap=malloc")
        """);
    Summary summary = summary();
    assertEquals(List.of("components/wrap/CMakeLists.txt:2"), ((Map<?, ?>) summary.data()).get("mallocWraps"));
    assertEquals("malloc is wrapped at components/wrap/CMakeLists.txt:2, which also catches the default operator new.",
        summary.textLines().get(0));
  }
}
