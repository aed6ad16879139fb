package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommandTest {
  @TempDir Path root;

  private ProjectTree sources() {
    ProjectTree tree = new ProjectTree(root);
    tree.touch("components/c/src/b.c");
    tree.touch("components/c/src/a.c");
    tree.touch("components/c/src/z.cpp");
    tree.touch("components/c/src/notes.txt");
    tree.touch("components/c/src/sub/deep.c");
    tree.touch("components/c/src/sub/deeper/deepest.c");
    tree.touch("components/c/other/x.c");
    return tree;
  }

  @Test
  void globIsSortedAndAbsoluteByDefault() {
    ProjectTree tree = sources();
    CMakeSnippet s = CMakeSnippet.run(tree, """
        file(GLOB G src/*.c src/*.cpp)
        """);
    String dir = tree.path("components/c/src").toString();
    assertEquals(String.join(";", dir + "/a.c", dir + "/b.c", dir + "/z.cpp"), s.get("G"));
  }

  @Test
  void globRelative() {
    CMakeSnippet s = CMakeSnippet.run(sources(), """
        file(GLOB G RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/src/*.c ${CMAKE_CURRENT_SOURCE_DIR}/*/x.c)
        """);
    assertEquals("other/x.c;src/a.c;src/b.c", s.get("G"));
  }

  @Test
  void globRecurseDescendsAndListsNoDirectories() {
    CMakeSnippet s = CMakeSnippet.run(sources(), """
        file(GLOB_RECURSE R RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} src/*.c)
        file(GLOB_RECURSE WITH_DIRS LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/src src/*)
        file(GLOB PLAIN RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/src src/*)
        """);
    assertEquals("src/a.c;src/b.c;src/sub/deep.c;src/sub/deeper/deepest.c", s.get("R"));
    assertEquals("a.c;b.c;notes.txt;sub;sub/deep.c;sub/deeper;sub/deeper/deepest.c;z.cpp", s.get("WITH_DIRS"));
    assertEquals("a.c;b.c;notes.txt;sub;z.cpp", s.get("PLAIN"));
  }

  @Test
  void globCharacterClassesAndQuestionMark() {
    CMakeSnippet s = CMakeSnippet.run(sources(), """
        file(GLOB G RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/src src/[ab].? src/[!a].c)
        """);
    assertEquals("a.c;b.c", s.get("G"));
  }

  @Test
  void globOutsideTheProjectIsNotSearched(@TempDir Path outside) {
    new ProjectTree(outside).touch("lib/secret.c");
    ProjectTree tree = new ProjectTree(root);
    CMakeSnippet s = CMakeSnippet.run(tree, "file(GLOB G " + outside.toAbsolutePath() + "/lib/*.c)\n");
    assertEquals("", s.get("G"));
    assertTrue(s.lines().get(0).contains("'" + outside.toAbsolutePath().normalize() + "/lib' is outside the project root and was not searched"),
        s.lines().toString());
  }

  @Test
  void writeAndAppendBecomeVirtualFiles() {
    ProjectTree tree = new ProjectTree(root);
    CMakeSnippet s = CMakeSnippet.run(tree, """
        file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/config.h "#define A 1\\n")
        file(APPEND ${CMAKE_CURRENT_BINARY_DIR}/config.h "#define B " "2\\n")
        file(WRITE relative.h "x")
        file(READ ${CMAKE_CURRENT_BINARY_DIR}/config.h BACK)
        """);
    Path config = tree.path("build/config.h");
    assertEquals("#define A 1\n#define B 2\n", s.component.virtualFiles.get(config));
    assertEquals("x", s.component.virtualFiles.get(tree.path("components/c/relative.h")));
    assertEquals("#define A 1\n#define B 2\n", s.get("BACK"));
    assertTrue(!java.nio.file.Files.exists(config), "nothing is written to disk");
  }

  @Test
  void readProjectFileAndReportMissing() {
    ProjectTree tree = new ProjectTree(root);
    tree.file("components/c/version.txt", "1.2.3");
    CMakeSnippet s = CMakeSnippet.run(tree, """
        file(READ version.txt V)
        file(READ missing.txt M)
        """);
    assertEquals("1.2.3", s.get("V"));
    assertNull(s.get("M"));
    assertTrue(s.lines().get(0).contains(":2:") && s.lines().get(0).contains("missing.txt' does not exist"), s.lines().toString());
  }

  @Test
  void configureFileSubstitutesIntoAVirtualFile() {
    ProjectTree tree = new ProjectTree(root);
    tree.file("components/c/config.h.in", """
        #define VERSION "@VERSION@"
        #define NAME "${NAME}"
        #cmakedefine HAVE_X
        #cmakedefine HAVE_Y 1
        #cmakedefine01 USE_Z
        """);
    CMakeSnippet s = CMakeSnippet.run(tree, """
        set(VERSION 2.0)
        set(NAME lib)
        set(HAVE_X ON)
        set(USE_Z 1)
        configure_file(config.h.in ${CMAKE_BINARY_DIR}/gen/config.h)
        configure_file(config.h.in ${CMAKE_BINARY_DIR}/gen/at_only.h @ONLY)
        """);
    assertEquals("""
        #define VERSION "2.0"
        #define NAME "lib"
        #define HAVE_X
        /* #undef HAVE_Y */
        #define USE_Z 1
        """, s.component.virtualFiles.get(tree.path("build/gen/config.h")));
    assertTrue(s.component.virtualFiles.get(tree.path("build/gen/at_only.h")).contains("#define NAME \"${NAME}\""));
  }

  @Test
  void pathHelpers() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        file(TO_CMAKE_PATH "a\\\\b\\\\c" P)
        file(RELATIVE_PATH REL /a/b /a/b/c/d.c)
        """);
    assertEquals("a/b/c", s.get("P"));
    assertEquals("c/d.c", s.get("REL"));
  }

  @Test
  void includeEvaluatesInTheCallerScopeWithItsOwnListDir() {
    ProjectTree tree = new ProjectTree(root);
    tree.file("cmake/helpers.cmake", """
        set(FROM_INCLUDE yes)
        set(INCLUDED_LIST_DIR ${CMAKE_CURRENT_LIST_DIR})
        set(INCLUDED_SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        function(helper out)
          set(${out} "helped" PARENT_SCOPE)
        endfunction()
        """);
    CMakeSnippet s = CMakeSnippet.run(tree, """
        include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/helpers.cmake RESULT_VARIABLE WHERE)
        helper(H)
        set(AFTER_LIST_DIR ${CMAKE_CURRENT_LIST_DIR})
        """);
    assertEquals("yes", s.get("FROM_INCLUDE"));
    assertEquals(tree.path("cmake").toString(), s.get("INCLUDED_LIST_DIR"));
    assertEquals(tree.path("components/c").toString(), s.get("INCLUDED_SOURCE_DIR"));
    assertEquals(tree.path("components/c").toString(), s.get("AFTER_LIST_DIR"));
    assertEquals(tree.path("cmake/helpers.cmake").toString(), s.get("WHERE"));
    assertEquals("helped", s.get("H"));
    assertTrue(s.notifications().isEmpty(), s.lines().toString());
  }

  @Test
  void missingIncludeIsReportedAndEvaluationContinues() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        include(missing.cmake)
        include(also_missing.cmake OPTIONAL RESULT_VARIABLE R)
        set(AFTER yes)
        """);
    assertEquals("yes", s.get("AFTER"));
    assertEquals("NOTFOUND", s.get("R"));
    assertEquals(List.of("components/c/CMakeLists.txt:1: warning: include(): file 'components/c/missing.cmake' does not exist [cmake-missing-include]"),
        s.lines());
  }

  @Test
  void modulesComeFromTheModulePathOrAreReported() {
    ProjectTree tree = new ProjectTree(root);
    tree.file("cmake/MyModule.cmake", "set(MODULE_LOADED yes)\n");
    CMakeSnippet s = CMakeSnippet.run(tree, """
        list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR}/../../cmake)
        include(MyModule)
        include(CMakeParseArguments)
        include(CheckCSourceCompiles)
        """);
    assertEquals("yes", s.get("MODULE_LOADED"));
    assertEquals(1, s.notifications().size(), s.lines().toString());
    assertTrue(s.lines().get(0).contains(":4:") && s.lines().get(0).contains("CMake module 'CheckCSourceCompiles' is not modelled"));
  }

  @Test
  void espIdfProjectFileIsSilentOtherFilesOutsideTheRootAreNotRead() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        include(${IDF_PATH}/tools/cmake/version.cmake)
        """);
    assertEquals(1, s.notifications().size(), s.lines().toString());
    assertTrue(s.lines().get(0).contains(":2:") && s.lines().get(0).contains("outside the project root and was not read"));
  }

  @Test
  void includeCycleIsCutOff() {
    ProjectTree tree = new ProjectTree(root);
    tree.file("cmake/loop.cmake", "math(EXPR DEPTH \"${DEPTH} + 1\")\ninclude(${CMAKE_CURRENT_LIST_FILE})\n");
    CMakeSnippet s = CMakeSnippet.run(tree, """
        set(DEPTH 0)
        include(../../cmake/loop.cmake)
        set(AFTER yes)
        """);
    assertEquals("yes", s.get("AFTER"));
    assertTrue(Integer.parseInt(s.get("DEPTH")) > 10);
    assertTrue(s.lines().stream().anyMatch(l -> l.contains("include depth limit reached")), s.lines().toString());
  }
}
