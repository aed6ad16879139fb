package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariableScopeTest {
  @TempDir Path root;

  @Test
  void setJoinsValuesAndUnsetRemoves() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L a b "c d")
        set(GONE 1)
        unset(GONE)
        set(ALSO_GONE 1)
        set(ALSO_GONE)
        set(EMPTY "")
        """);
    assertEquals("a;b;c d", s.get("L"));
    assertFalse(s.vars.defined("GONE"));
    assertFalse(s.vars.defined("ALSO_GONE"));
    assertTrue(s.vars.defined("EMPTY"));
    assertEquals("", s.get("EMPTY"));
  }

  @Test
  void functionScopeIsLocalUnlessParentScope() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(OUTER before)
        function(f)
          set(OUTER changed-locally)
          set(LOCAL only-here)
          set(EXPORTED "${OUTER}" PARENT_SCOPE)
          set(SEEN "${OUTER}")
        endfunction()
        f()
        """);
    assertEquals("before", s.get("OUTER"));
    assertNull(s.get("LOCAL"));
    assertEquals("changed-locally", s.get("EXPORTED"));
  }

  @Test
  void functionReadsCallerVariables() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(X from-caller)
        function(f)
          set(R "${X}" PARENT_SCOPE)
        endfunction()
        f()
        """);
    assertEquals("from-caller", s.get("R"));
  }

  @Test
  void unsetParentScope() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(X 1)
        function(f)
          unset(X PARENT_SCOPE)
        endfunction()
        f()
        """);
    assertFalse(s.vars.defined("X"));
  }

  @Test
  void macroRunsInTheCallerScope() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        macro(m value)
          set(FROM_MACRO ${value})
        endmacro()
        m(hello)
        """);
    assertEquals("hello", s.get("FROM_MACRO"));
  }

  @Test
  void cacheIsNotOverwrittenWithoutForceAndHidesNoNormalBinding() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(C first CACHE STRING "doc")
        set(C second CACHE STRING "doc")
        set(F first CACHE STRING "doc")
        set(F second CACHE STRING "doc" FORCE)
        set(N normal)
        set(N cached CACHE STRING "doc")
        """);
    assertEquals("first", s.get("C"));
    assertEquals("second", s.get("F"));
    // Old CMP0126 behaviour (ESP-IDF's minimum CMake): set(CACHE) removes the normal binding.
    assertEquals("cached", s.get("N"));
  }

  @Test
  void unsetCacheAndOption() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(C x CACHE STRING "doc")
        unset(C CACHE)
        option(OPT_ON "doc" ON)
        option(OPT_DEFAULT "doc")
        set(PRESET 1)
        option(PRESET "doc" OFF)
        """);
    assertNull(s.get("C"));
    assertEquals("ON", s.get("OPT_ON"));
    assertEquals("OFF", s.get("OPT_DEFAULT"));
    assertEquals("1", s.get("PRESET"));
  }

  @Test
  void parentScopeAtTheTopOfAFileWithoutParentIsReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(X 1 PARENT_SCOPE)
        """);
    assertTrue(s.lines().get(0).contains("PARENT_SCOPE used where there is no parent scope"), s.lines().toString());
  }

  @Test
  void blockScopeWithPropagate() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(A outer)
        block(PROPAGATE B)
          set(A inner)
          set(B propagated)
        endblock()
        """);
    assertEquals("outer", s.get("A"));
    assertEquals("propagated", s.get("B"));
  }

  @Test
  void cmakeParseArguments() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        function(f)
          cmake_parse_arguments(ARG "FLAG;OTHER" "ONE" "MANY" ${ARGN})
          set(R_FLAG ${ARG_FLAG} PARENT_SCOPE)
          set(R_OTHER ${ARG_OTHER} PARENT_SCOPE)
          set(R_ONE ${ARG_ONE} PARENT_SCOPE)
          set(R_MANY "${ARG_MANY}" PARENT_SCOPE)
          set(R_REST "${ARG_UNPARSED_ARGUMENTS}" PARENT_SCOPE)
        endfunction()
        f(x FLAG ONE 1 MANY a b c)
        function(g first)
          cmake_parse_arguments(PARSE_ARGV 1 G "" "" "LIST")
          set(R_G "${G_LIST}" PARENT_SCOPE)
        endfunction()
        g(skip LIST p q)
        """);
    assertEquals("TRUE", s.get("R_FLAG"));
    assertEquals("FALSE", s.get("R_OTHER"));
    assertEquals("1", s.get("R_ONE"));
    assertEquals("a;b;c", s.get("R_MANY"));
    assertEquals("x", s.get("R_REST"));
    assertEquals("p;q", s.get("R_G"));
  }

  @Test
  void separateArgumentsAndSpaces2list() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        separate_arguments(W UNIX_COMMAND "-DA=1 '-DB=two words' -I inc")
        set(S "a  b c")
        spaces2list(S)
        """);
    assertEquals("-DA=1;-DB=two words;-I;inc", s.get("W"));
    assertEquals("a;b;c", s.get("S"));
  }

  @Test
  void mathExpressions() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        math(EXPR A "(1 + 2) * 3 - 4 / 2")
        math(EXPR B "1 << 4 | 3")
        math(EXPR C "255" OUTPUT_FORMAT HEXADECIMAL)
        math(EXPR D "1 +")
        """);
    assertEquals("7", s.get("A"));
    assertEquals("19", s.get("B"));
    assertEquals("0xff", s.get("C"));
    assertNull(s.get("D"));
    assertTrue(s.lines().stream().anyMatch(l -> l.contains("math(): cannot evaluate '1 +'")), s.lines().toString());
  }
}
