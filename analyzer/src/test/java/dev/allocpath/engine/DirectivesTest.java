package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The textual reading of preprocessor lines that decides what a narrowed run parses. */
class DirectivesTest {
  @Test
  void includesInEverySpelling() {
    Directives d = Directives.of("""
        #include "a.h"
          #  include <sys/b.h>
        #include_next <c.h>
        #import "d.h"
        #include\t"e/f.h" // comment
        #includefoo "not.h"
        // #include "commented.h" is not at a line start
        int x; #include "nor.h"
        """);
    assertEquals(List.of("a.h", "sys/b.h", "c.h", "d.h", "e/f.h"), d.includes);
    assertFalse(d.computedInclude);
  }

  @Test
  void anIncludeThroughAMacroIsComputed() {
    assertTrue(Directives.of("#define H \"x.h\"\n#include H\n").computedInclude);
    assertTrue(Directives.of("#include\n").computedInclude);
  }

  @Test
  void definedNames() {
    Directives d = Directives.of("#define malloc(n) psram_malloc(n)\n# define  FREE_IT 1\n#define 9bad\n#undef x\n");
    assertEquals(List.of("malloc", "FREE_IT"), d.defines);
  }

  @Test
  void operatorNewDeclarationsDefinitionsAndCallsButNotProse() {
    assertTrue(Directives.of("void *operator new(std::size_t n) { return p(n); }").operatorNew);
    assertTrue(Directives.of("void *operator new [ ] (std::size_t n);").operatorNew);
    assertTrue(Directives.of("void* p = ::operator\n new(16);").operatorNew);
    assertFalse(Directives.of("// C++ operator new still uses internal RAM.").operatorNew);
    assertFalse(Directives.of("int myoperator new(int);").operatorNew);
    assertFalse(Directives.of("auto *o = new Foo(1); int operator newline(int);").operatorNew);
  }
}
