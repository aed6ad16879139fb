package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacroFactsTest {
  @TempDir Path dir;

  private static MacroFact macro(UnitFacts facts, String name) {
    return facts.macros().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no macro " + name + " in " + facts.macros()));
  }

  @Test
  void macrosInForceAtTheEndFromFilesForcedIncludesAndCommandLine() {
    TestProject project = new TestProject(dir)
        .file("redirect.h", "#pragma once\n#define malloc(size)   esp32_psram_malloc(size)\n#define free(p) esp32_psram_free(p)\n")
        .file("config.h", "#define TEMPORARY 1\n#define KEEP 2\n")
        .file("main.c", """
            #include "config.h"
            #undef TEMPORARY
            #if 0
            #define DEAD 1
            #endif
            #define SQ(x) ((x) * (x))
            #undef free
            int main(void) { return SQ(2); }
            """)
        .forceInclude("redirect.h")
        .define("USE_MBEDTLS", "1")
        .define("CHECK(x)", "do { } while (0)")
        .define("DROPPED", "1")
        .undefine("DROPPED");
    UnitFacts facts = project.parse("main.c");
    assertEquals(List.of("CHECK", "KEEP", "SQ", "USE_MBEDTLS", "malloc"),
        facts.macros().stream().map(MacroFact::name).collect(Collectors.toList()));
    MacroFact malloc = macro(facts, "malloc");
    assertEquals("(size)", malloc.parameters());
    assertEquals("esp32_psram_malloc(size)", malloc.expansion());
    assertEquals(new SourceLocation("redirect.h", 2, 9, 2, 15), malloc.location());
    assertEquals("((x) * (x))", macro(facts, "SQ").expansion());
    assertNull(macro(facts, "KEEP").parameters());
    MacroFact commandLine = macro(facts, "USE_MBEDTLS");
    assertEquals("1", commandLine.expansion());
    assertNull(commandLine.location());
    assertEquals("(x)", macro(facts, "CHECK").parameters());
  }

  @Test
  void compilerPreludeIsInForceButNotReported() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        #if __cplusplus >= 201703L && __GNUC__ >= 12 && defined(ESP_PLATFORM)
        struct Modern { int x; };
        #endif
        void f() { printf("%" PRIu32 "\\n", (uint32_t) offsetof(Modern, x)); }
        """);
    UnitFacts facts = project.parse("a.cpp");
    assertEquals(List.of("Modern"), facts.classes().stream().map(c -> c.qualifiedName()).collect(Collectors.toList()));
    assertEquals(List.of(), facts.macros());
    assertEquals(List.of(), facts.problems());
    assertEquals(List.of(), facts.includedFiles(), "the compat header is not an included file");
  }

  @Test
  void cUnitsSeeTheCStandardVersion() {
    TestProject project = new TestProject(dir).file("a.c", """
        #if __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
        struct C11 { _Atomic(int) counter; };
        #endif
        """);
    UnitFacts facts = project.parse("a.c");
    assertEquals(1, facts.classes().size());
    assertEquals("int", facts.classes().get(0).members().get(0).type().spelled());
  }
}
