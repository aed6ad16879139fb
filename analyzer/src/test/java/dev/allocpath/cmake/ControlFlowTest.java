package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlFlowTest {
  @TempDir Path root;

  @Test
  void foreachForms() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L1 a b)
        set(L2 c)
        foreach(x IN LISTS L1 L2 ITEMS d e)
          string(APPEND IN_FORM ${x})
        endforeach()
        foreach(x p q)
          string(APPEND PLAIN ${x})
        endforeach()
        foreach(i RANGE 3)
          string(APPEND R1 ${i})
        endforeach()
        foreach(i RANGE 2 8 3)
          string(APPEND R2 "${i},")
        endforeach()
        """);
    assertEquals("abcde", s.get("IN_FORM"));
    assertEquals("pq", s.get("PLAIN"));
    assertEquals("0123", s.get("R1"));
    assertEquals("2,5,8,", s.get("R2"));
  }

  @Test
  void loopVariableIsRestoredAfterTheLoop() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(x before)
        foreach(x 1 2)
        endforeach()
        foreach(y 1 2)
        endforeach()
        """);
    assertEquals("before", s.get("x"));
    assertNull(s.get("y"));
  }

  @Test
  void breakAndContinue() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        foreach(x 1 2 3 4 5)
          if(x EQUAL 2)
            continue()
          endif()
          if(x EQUAL 4)
            break()
          endif()
          string(APPEND R ${x})
        endforeach()
        """);
    assertEquals("13", s.get("R"));
  }

  @Test
  void whileLoopWithMath() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(i 0)
        while(i LESS 5)
          math(EXPR i "${i} + 1")
          string(APPEND R ${i})
        endwhile()
        """);
    assertEquals("12345", s.get("R"));
  }

  @Test
  void endlessWhileIsStopped() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        while(ON)
        endwhile()
        set(AFTER yes)
        """);
    assertEquals("yes", s.get("AFTER"));
    assertTrue(s.lines().get(0).contains("while() stopped after"), s.lines().toString());
  }

  @Test
  void functionArgumentBinding() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        function(f first second)
          set(R_FIRST ${first} PARENT_SCOPE)
          set(R_SECOND ${second} PARENT_SCOPE)
          set(R_ARGC ${ARGC} PARENT_SCOPE)
          set(R_ARGV "${ARGV}" PARENT_SCOPE)
          set(R_ARGN "${ARGN}" PARENT_SCOPE)
          set(R_ARGV2 ${ARGV2} PARENT_SCOPE)
        endfunction()
        F(1 2 3 4)
        """);
    assertEquals("1", s.get("R_FIRST"));
    assertEquals("2", s.get("R_SECOND"));
    assertEquals("4", s.get("R_ARGC"));
    assertEquals("1;2;3;4", s.get("R_ARGV"));
    assertEquals("3;4", s.get("R_ARGN"));
    assertEquals("3", s.get("R_ARGV2"));
  }

  @Test
  void macroArgumentsAreTextualNotVariables() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        macro(m flag)
          if(flag)
            set(AS_VARIABLE yes)
          endif()
          if(${flag})
            set(AS_TEXT yes)
          endif()
          set(M_ARGN "${ARGN}")
        endmacro()
        m(ON extra1 extra2)
        function(f flag)
          if(flag)
            set(F_VARIABLE yes PARENT_SCOPE)
          endif()
        endfunction()
        f(ON)
        """);
    assertNull(s.get("AS_VARIABLE"));
    assertEquals("yes", s.get("AS_TEXT"));
    assertEquals("extra1;extra2", s.get("M_ARGN"));
    assertEquals("yes", s.get("F_VARIABLE"));
  }

  @Test
  void returnStopsTheFunctionAndTheFile() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        function(f)
          set(R1 before PARENT_SCOPE)
          return()
          set(R1 after PARENT_SCOPE)
        endfunction()
        f()
        set(R2 reached)
        return()
        set(R3 not-reached)
        """);
    assertEquals("before", s.get("R1"));
    assertEquals("reached", s.get("R2"));
    assertNull(s.get("R3"));
  }

  @Test
  void tooFewArgumentsAndRunawayRecursionAreReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        function(two a b)
          set(CALLED yes PARENT_SCOPE)
        endfunction()
        two(only-one)
        function(forever)
          forever()
        endfunction()
        forever()
        set(AFTER yes)
        """);
    assertNull(s.get("CALLED"));
    assertEquals("yes", s.get("AFTER"));
    assertTrue(s.lines().stream().anyMatch(l -> l.contains(":4:") && l.contains("'two' called with 1 arguments but needs 2")), s.lines().toString());
    assertTrue(s.lines().stream().anyMatch(l -> l.contains(":6:") && l.contains("call depth limit reached")), s.lines().toString());
  }

  @Test
  void functionBodiesRunOnlyWhenCalled() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        function(never_called)
          set(R yes PARENT_SCOPE)
          unknown_inside_body()
        endfunction()
        """);
    assertNull(s.get("R"));
    assertTrue(s.notifications().isEmpty(), s.lines().toString());
  }

  @Test
  void unbalancedBlocksAreSyntaxNotifications() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        endif()
        if(ON)
          set(R inside)
        else()
          set(R else)
        else()
        foreach(x a)
        """);
    assertEquals("inside", s.get("R"));
    assertEquals(4, s.notifications().size(), s.lines().toString());
    assertTrue(s.notifications().stream().allMatch(n -> n.kind().equals(NotificationSink.SYNTAX)));
    assertTrue(s.lines().get(0).contains(":1:") && s.lines().get(0).contains("endif() without a matching if()"));
    assertTrue(s.lines().get(1).contains(":2:") && s.lines().get(1).contains("if() is not closed"));
    assertTrue(s.lines().get(2).contains(":6:") && s.lines().get(2).contains("else() after else()"));
    assertTrue(s.lines().get(3).contains(":7:") && s.lines().get(3).contains("foreach() is not closed"));
  }

  @Test
  void unknownCommandIsReportedWithFileAndLine() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(A 1)
        frobnicate(A)
        set(B 2)
        """);
    assertEquals("2", s.get("B"));
    assertEquals("components/c/CMakeLists.txt:2: note: unknown command 'frobnicate' ignored [cmake-unsupported]",
        s.lines().get(0));
  }

  @Test
  void harmlessCommandsAreSilentAndNotedOnesAreReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        cmake_minimum_required(VERSION 3.16)
        message(STATUS "hello")
        include_guard()
        execute_process(COMMAND y)
        """);
    assertEquals(1, s.notifications().size(), s.lines().toString());
    assertTrue(s.lines().get(0).contains(":4:") && s.lines().get(0).contains("external processes are not run"));
  }
}
