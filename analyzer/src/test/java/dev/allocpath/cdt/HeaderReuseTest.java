package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header reuse replaces the walk over a header's declarations by the facts of an earlier walk in
 * the same context, so every unit's facts must equal those of a parse without reuse. The cases
 * below give one header two different contexts (a macro it tests, a name it uses that is declared
 * differently before it, an include inside a namespace) and check that reuse neither leaks the
 * first unit's header facts into the second nor stays silent when the contexts are equal.
 */
class HeaderReuseTest {
  @TempDir Path dir;

  @Test
  void equalContextsAreReusedAndGiveTheSameFacts() {
    TestProject project = new TestProject(dir)
        .file("h.h", "#ifndef H_H\n#define H_H\n#include <stdlib.h>\n"
            + "struct pool { char *buf; int used; };\n"
            + "static inline void pool_init(struct pool *p) { p->buf = malloc(64); }\n#endif\n")
        .file("a.c", "#include \"h.h\"\nvoid a(void) { struct pool p; pool_init(&p); }\n")
        .file("b.c", "#include \"h.h\"\nvoid b(void) { struct pool q; q.buf = calloc(1, 2); }\n");
    CdtParser reusing = new CdtParser(true);
    List<UnitFacts> withReuse = parseAll(project, reusing, "a.c", "b.c");
    assertEquals(parseAll(project, new CdtParser(false), "a.c", "b.c"), withReuse);
    assertTrue(reusing.headerReuse().reusedCount() >= 1, "the second unit reuses h.h");
    assertTrue(withReuse.get(1).functions().stream().anyMatch(f -> f.name().equals("pool_init")),
        "the reused facts are in the second unit");
  }

  /**
   * Units that replay a header's facts share the fact objects (the stored batch holds copies with
   * shared strings) instead of each making its own copy: memory and the rules' merge both count on it.
   */
  @Test
  void replayedHeaderFactsAreSharedObjects() {
    TestProject project = new TestProject(dir)
        .file("h.h", "#ifndef H_H\n#define H_H\n#include <stdlib.h>\n"
            + "static inline void *grab(void) { void *p = malloc(64); return p; }\n#endif\n")
        .file("a.c", "#include \"h.h\"\nvoid a(void) { grab(); }\n")
        .file("b.c", "#include \"h.h\"\nvoid b(void) { grab(); }\n")
        .file("c.c", "#include \"h.h\"\nvoid c(void) { grab(); }\n");
    CdtParser reusing = new CdtParser(true);
    List<UnitFacts> units = parseAll(project, reusing, "a.c", "b.c", "c.c");
    assertEquals(parseAll(project, new CdtParser(false), "a.c", "b.c", "c.c"), units);
    dev.allocpath.facts.CallFact inB = mallocCall(units.get(1));
    assertSame(inB, mallocCall(units.get(2)), "b.c and c.c replay the same call fact");
    dev.allocpath.facts.VariableFact localInB = units.get(1).variables().stream()
        .filter(v -> v.name().equals("p")).findFirst().orElseThrow();
    assertSame(localInB, units.get(2).variables().stream().filter(v -> v.name().equals("p")).findFirst().orElseThrow());
  }

  private static dev.allocpath.facts.CallFact mallocCall(UnitFacts unit) {
    return unit.calls().stream().filter(c -> c.callee().equals("malloc")).findFirst().orElseThrow();
  }

  @Test
  void aMacroTheHeaderTestsSeparatesContexts() {
    TestProject project = new TestProject(dir)
        .file("h.h", "#pragma once\n#include <pthread.h>\n"
            + "struct ctx {\n#ifdef WITH_LOCK\n  pthread_mutex_t lock;\n#endif\n  int n;\n};\n")
        .file("a.c", "#define WITH_LOCK 1\n#include \"h.h\"\nint a;\n")
        .file("b.c", "#include \"h.h\"\nint b;\n");
    assertSameFactsBothWays(project, "a.c", "b.c");
  }

  @Test
  void aMacroUsedInsideAMacroBodySeparatesContexts() {
    TestProject project = new TestProject(dir)
        .file("h.h", "#pragma once\n#define BUF_LEN (BASE * 2)\nstruct q { char data[BUF_LEN]; };\n")
        .file("a.c", "#define BASE 4\n#include \"h.h\"\n")
        .file("b.c", "#define BASE 16\n#include \"h.h\"\n");
    assertSameFactsBothWays(project, "a.c", "b.c");
  }

  @Test
  void aNameDeclaredDifferentlyBeforeTheHeaderSeparatesContexts() {
    TestProject project = new TestProject(dir)
        .file("h.hpp", "#pragma once\n#include <cstdlib>\n"
            + "inline void fill() { target = static_cast<char *>(malloc(8)); }\n")
        .file("a.cpp", "namespace n { char *target; }\nusing namespace n;\n#include \"h.hpp\"\n")
        .file("b.cpp", "char *target;\n#include \"h.hpp\"\n");
    assertSameFactsBothWays(project, "b.cpp", "a.cpp");
  }

  @Test
  void aHeaderIncludedInsideANamespaceIsWalkedThere() {
    TestProject project = new TestProject(dir)
        .file("h.hpp", "#pragma once\nstruct Box { int *p; };\n")
        .file("a.cpp", "#include \"h.hpp\"\nBox one;\n")
        .file("b.cpp", "namespace wrap {\n#include \"h.hpp\"\n}\nwrap::Box two;\n");
    List<UnitFacts> facts = assertSameFactsBothWays(project, "a.cpp", "b.cpp");
    assertTrue(names(facts.get(1).classes()).contains("wrap::Box"), names(facts.get(1).classes()).toString());
  }

  /** Parses the units in order with and without reuse; asserts equal facts; returns them. */
  private static List<UnitFacts> assertSameFactsBothWays(TestProject project, String... units) {
    List<UnitFacts> plain = parseAll(project, new CdtParser(false), units);
    List<UnitFacts> reused = parseAll(project, new CdtParser(true), units);
    assertEquals(plain, reused);
    // The case is only a test of reuse if the header's facts really differ between the units.
    assertNotEquals(headerFacts(plain.get(0)), headerFacts(plain.get(1)), "the contexts give different header facts");
    return reused;
  }

  private static List<Object> headerFacts(UnitFacts facts) {
    List<Object> inHeader = new ArrayList<>();
    facts.classes().stream().filter(c -> c.location().path().startsWith("h.")).forEach(inHeader::add);
    facts.functions().stream().filter(f -> f.location().path().startsWith("h.")).forEach(inHeader::add);
    facts.assignments().stream().filter(a -> a.location().path().startsWith("h.")).forEach(inHeader::add);
    return inHeader;
  }

  private static List<String> names(List<ClassFact> classes) {
    return classes.stream().map(ClassFact::qualifiedName).toList();
  }

  private static List<UnitFacts> parseAll(TestProject project, CdtParser parser, String... units) {
    List<UnitFacts> facts = new ArrayList<>();
    for (String unit : units) {
      facts.add(project.parse(parser, unit));
    }
    return facts;
  }
}
