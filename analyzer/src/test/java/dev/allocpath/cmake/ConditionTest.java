package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {
  @TempDir Path root;

  /** Variables every condition below can use. */
  private static final String SETUP = """
      set(ON_VAR ON)
      set(OFF_VAR OFF)
      set(EMPTY_VAR "")
      set(NOTFOUND_VAR lib-NOTFOUND)
      set(WORD_VAR hello)
      set(NUM 10)
      set(VER 5.1.2)
      set(LIST_VAR a b c)
      set(NAME_OF_VAR WORD_VAR)
      set(CACHED x CACHE STRING "doc")
      """;

  private String evaluate(String condition) {
    CMakeSnippet s = CMakeSnippet.run(root, SETUP + "if(" + condition + ")\n  set(R yes)\nelse()\n  set(R no)\nendif()\n");
    assertTrue(s.notifications().isEmpty(), "unexpected notifications: " + s.lines());
    return s.get("R");
  }

  @ParameterizedTest(name = "if({0}) -> {1}")
  @CsvSource(delimiter = '|', value = {
      // constants
      "1|yes", "ON|yes", "yes|yes", "TRUE|yes", "Y|yes", "42|yes", "0.5|yes",
      "0|no", "OFF|no", "NO|no", "FALSE|no", "N|no", "IGNORE|no", "NOTFOUND|no", "foo-NOTFOUND|no", "0.0|no",
      "\"\"|no",
      // variables are dereferenced when unquoted; quoted strings are not variables
      "ON_VAR|yes", "OFF_VAR|no", "EMPTY_VAR|no", "NOTFOUND_VAR|no", "WORD_VAR|yes", "UNDEFINED_VAR|no",
      "\"WORD_VAR\"|no", "\"ON\"|yes", "CACHED|yes",
      // NOT / AND / OR and their precedence
      "NOT OFF_VAR|yes", "NOT ON_VAR|no", "NOT NOT ON_VAR|yes",
      "ON_VAR AND WORD_VAR|yes", "ON_VAR AND OFF_VAR|no", "OFF_VAR OR WORD_VAR|yes", "OFF_VAR OR EMPTY_VAR|no",
      "NOT OFF_VAR AND ON_VAR|yes", "OFF_VAR AND OFF_VAR OR ON_VAR|yes", "ON_VAR OR OFF_VAR AND OFF_VAR|yes",
      // parentheses
      "(OFF_VAR OR ON_VAR) AND WORD_VAR|yes", "OFF_VAR OR (ON_VAR AND OFF_VAR)|no", "NOT (ON_VAR AND (OFF_VAR OR ON_VAR))|no",
      // DEFINED
      "DEFINED WORD_VAR|yes", "DEFINED UNDEFINED_VAR|no", "DEFINED EMPTY_VAR|yes", "DEFINED CACHE{CACHED}|yes",
      "DEFINED CACHE{WORD_VAR}|no", "DEFINED ENV{NOT_SET}|no", "NOT DEFINED CONFIG_ANYTHING|yes",
      // string comparison (both sides dereferenced when unquoted)
      "WORD_VAR STREQUAL hello|yes", "WORD_VAR STREQUAL \"hello\"|yes", "\"WORD_VAR\" STREQUAL hello|no",
      "${NAME_OF_VAR} STREQUAL hello|yes", "IDF_TARGET STREQUAL esp32p4|yes", "IDF_TARGET STREQUAL esp32|no",
      "abc STRLESS abd|yes", "b STRGREATER a|yes",
      // MATCHES (left side dereferenced, the regex is literal)
      "WORD_VAR MATCHES \"^h.*o$\"|yes", "WORD_VAR MATCHES \"^x\"|no", "\"file.cpp\" MATCHES \"\\\\.c(pp)?$\"|yes",
      // numbers
      "NUM EQUAL 10|yes", "NUM LESS 9|no", "NUM GREATER 9|yes", "NUM LESS_EQUAL 10|yes", "NUM GREATER_EQUAL 11|no",
      "abc EQUAL 0|no",
      // versions
      "VER VERSION_LESS 5.2|yes", "VER VERSION_GREATER 5.1.1|yes", "VER VERSION_EQUAL 5.1.2|yes",
      "VER VERSION_LESS_EQUAL 5.1|no", "VER VERSION_GREATER_EQUAL 5|yes", "5.0 VERSION_EQUAL 5|yes",
      // lists and commands
      "b IN_LIST LIST_VAR|yes", "z IN_LIST LIST_VAR|no", "COMMAND idf_component_register|yes",
      "COMMAND no_such_command|no", "IS_ABSOLUTE /x/y|yes", "IS_ABSOLUTE x/y|no",
      // NOT binds after comparisons
      "NOT WORD_VAR STREQUAL other|yes",
  })
  void conditions(String condition, String expected) {
    assertEquals(expected, evaluate(condition), "if(" + condition + ")");
  }

  @Test
  void existsAndIsDirectoryLookAtTheProject() {
    ProjectTree tree = new ProjectTree(root);
    tree.touch("components/c/present.h");
    CMakeSnippet s = CMakeSnippet.run(tree, """
        if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/present.h)
          set(R1 yes)
        endif()
        if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/absent.h)
          set(R2 yes)
        endif()
        if(IS_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
          set(R3 yes)
        endif()
        if(IS_DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/present.h)
          set(R4 yes)
        endif()
        """);
    assertEquals("yes", s.get("R1"));
    assertEquals(null, s.get("R2"));
    assertEquals("yes", s.get("R3"));
    assertEquals(null, s.get("R4"));
  }

  @Test
  void existsOutsideTheProjectIsReportedAndFalse() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        if(EXISTS $ENV{IDF_PATH}/components/freertos)
          set(R yes)
        else()
          set(R no)
        endif()
        """);
    assertEquals("no", s.get("R"));
    assertEquals(1, s.notifications().size());
    assertTrue(s.lines().get(0).contains("path outside the project is not checked; taken as false"), s.lines().toString());
  }

  @Test
  void matchesSetsMatchVariables() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        if("v5.1.3" MATCHES "^v([0-9]+)\\\\.([0-9]+)")
          set(MAJOR ${CMAKE_MATCH_1})
          set(MINOR ${CMAKE_MATCH_2})
        endif()
        """);
    assertEquals("5", s.get("MAJOR"));
    assertEquals("1", s.get("MINOR"));
  }

  @Test
  void elseifChainTakesTheFirstTrueBranch() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(T esp32s3)
        if(T STREQUAL esp32)
          set(R first)
        elseif(T MATCHES "^esp32s")
          set(R second)
        elseif(T)
          set(R third)
        else()
          set(R fourth)
        endif()
        if(NOT T)
          set(R2 a)
        elseif(NOT DEFINED T)
          set(R2 b)
        else()
          set(R2 c)
        endif()
        """);
    assertEquals("second", s.get("R"));
    assertEquals("c", s.get("R2"));
  }

  @Test
  void nestedIfBlocksInUntakenBranchesAreSkipped() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        if(OFF)
          if(ON)
            set(R inner)
          endif()
          unknown_command_not_run()
        else()
          set(R outer-else)
        endif()
        """);
    assertEquals("outer-else", s.get("R"));
    assertTrue(s.notifications().isEmpty(), s.lines().toString());
  }

  @Test
  void unknownTargetIsReportedAndTakenAsFalse() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        if(TARGET idf::mbedtls)
          set(R yes)
        else()
          set(R no)
        endif()
        if(TARGET __idf_c)
          set(KNOWN yes)
        endif()
        """);
    assertEquals("no", s.get("R"));
    assertEquals("yes", s.get("KNOWN"));
    assertEquals(1, s.notifications().size());
    assertTrue(s.lines().get(0).startsWith("components/c/CMakeLists.txt:1: note: if(): if(TARGET idf::mbedtls)"), s.lines().toString());
  }

  @Test
  void unsupportedOperandsAndMalformedConditionsAreReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        if(a IS_NEWER_THAN b)
          set(R1 yes)
        endif()
        set(OPEN "(")
        if(${OPEN} ON)
          set(R2 yes)
        endif()
        if(ON ON)
          set(R3 yes)
        endif()
        if(POLICY CMP0077)
          set(R4 yes)
        endif()
        """);
    assertEquals(null, s.get("R1"));
    assertEquals(null, s.get("R2"));
    assertEquals(null, s.get("R3"));
    assertEquals(null, s.get("R4"));
    assertEquals(4, s.notifications().size(), s.lines().toString());
    assertTrue(s.lines().get(0).contains(":1:") && s.lines().get(0).contains("IS_NEWER_THAN"), s.lines().toString());
    assertTrue(s.lines().get(1).contains(":5:") && s.lines().get(1).contains("unbalanced '('"), s.lines().toString());
    assertTrue(s.lines().get(2).contains(":8:") && s.lines().get(2).contains("cannot evaluate condition 'ON ON'"), s.lines().toString());
    assertTrue(s.lines().get(3).contains(":11:") && s.lines().get(3).contains("POLICY"), s.lines().toString());
  }
}
