package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListAndStringTest {
  @TempDir Path root;

  @Test
  void appendPrependInsertRemove() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        list(APPEND L b c)
        list(PREPEND L a)
        list(INSERT L 1 x y)
        list(APPEND L b a)
        list(REMOVE_ITEM L y)
        set(BEFORE_DEDUP "${L}")
        list(REMOVE_DUPLICATES L)
        list(REMOVE_AT L 0 -1)
        """);
    assertEquals("a;x;b;c;b;a", s.get("BEFORE_DEDUP"));
    assertEquals("x;b", s.get("L"));
  }

  @Test
  void lengthGetFindJoin() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L a b c d)
        list(LENGTH L N)
        list(GET L 0 -1 ENDS)
        list(FIND L c IDX)
        list(FIND L z MISSING)
        list(JOIN L "," CSV)
        list(LENGTH UNDEFINED ZERO)
        """);
    assertEquals("4", s.get("N"));
    assertEquals("a;d", s.get("ENDS"));
    assertEquals("2", s.get("IDX"));
    assertEquals("-1", s.get("MISSING"));
    assertEquals("a,b,c,d", s.get("CSV"));
    assertEquals("0", s.get("ZERO"));
  }

  @Test
  void getOutOfRangeIsReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L a)
        list(GET L 5 OUT)
        """);
    assertNull(s.get("OUT"));
    assertEquals(1, s.notifications().size());
    assertTrue(s.lines().get(0).startsWith("components/c/CMakeLists.txt:2:"), s.lines().toString());
  }

  @Test
  void filterIncludeAndExcludeByRegex() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(SRCS src/a.c src/test/t.c src/b.cpp include/x.h)
        set(ONLY_C ${SRCS})
        list(FILTER ONLY_C INCLUDE REGEX "\\\\.c$")
        set(NO_TESTS ${SRCS})
        list(FILTER NO_TESTS EXCLUDE REGEX "/test/")
        """);
    assertEquals("src/a.c;src/test/t.c", s.get("ONLY_C"));
    assertEquals("src/a.c;src/b.cpp;include/x.h", s.get("NO_TESTS"));
  }

  @Test
  void sortReverseSublistPopTransform() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L c a b)
        list(SORT L)
        set(SORTED "${L}")
        list(REVERSE L)
        set(REVERSED "${L}")
        list(SUBLIST L 1 2 SUB)
        list(POP_FRONT L FIRST)
        set(T x y)
        list(TRANSFORM T PREPEND dir/)
        list(TRANSFORM T TOUPPER OUTPUT_VARIABLE U)
        list(TRANSFORM T REPLACE "dir/(.)" "\\\\1.c" OUTPUT_VARIABLE R)
        """);
    assertEquals("a;b;c", s.get("SORTED"));
    assertEquals("c;b;a", s.get("REVERSED"));
    assertEquals("b;a", s.get("SUB"));
    assertEquals("c", s.get("FIRST"));
    assertEquals("b;a", s.get("L"));
    assertEquals("dir/x;dir/y", s.get("T"));
    assertEquals("DIR/X;DIR/Y", s.get("U"));
    assertEquals("x.c;y.c", s.get("R"));
  }

  @Test
  void unsupportedListOperationIsReported() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(L a)
        list(FROBNICATE L)
        """);
    assertEquals("a", s.get("L"));
    assertTrue(s.lines().get(0).contains("list(FROBNICATE) is not supported"), s.lines().toString());
  }

  @Test
  void stringBasics() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        string(REPLACE "/" "_" R1 "a/b/c")
        set(A pre)
        string(APPEND A -mid "-end")
        string(TOUPPER "MixEd" UP)
        string(TOLOWER "MixEd" LOW)
        string(STRIP "  padded  " STRIPPED)
        string(LENGTH "four" LEN)
        string(SUBSTRING "abcdef" 1 3 SUBS)
        string(FIND "a/b/c" "/" FIRST_SLASH)
        string(FIND "a/b/c" "/" LAST_SLASH REVERSE)
        string(CONCAT CAT x y z)
        string(JOIN "-" JOINED a b)
        string(MAKE_C_IDENTIFIER "1my-lib.h" ID)
        """);
    assertEquals("a_b_c", s.get("R1"));
    assertEquals("pre-mid-end", s.get("A"));
    assertEquals("MIXED", s.get("UP"));
    assertEquals("mixed", s.get("LOW"));
    assertEquals("padded", s.get("STRIPPED"));
    assertEquals("4", s.get("LEN"));
    assertEquals("bcd", s.get("SUBS"));
    assertEquals("1", s.get("FIRST_SLASH"));
    assertEquals("3", s.get("LAST_SLASH"));
    assertEquals("xyz", s.get("CAT"));
    assertEquals("a-b", s.get("JOINED"));
    assertEquals("_1my_lib_h", s.get("ID"));
  }

  @Test
  void stringRegex() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        string(REGEX REPLACE "([a-z]+)-([0-9]+)" "\\\\2:\\\\1" SWAPPED "abc-12 de-3")
        string(REGEX MATCH "[0-9]+" FIRST_NUMBER "v10.2")
        string(REGEX MATCHALL "[0-9]+" ALL_NUMBERS "v10.2.33")
        string(REGEX REPLACE "^ +" "" TRIMMED "   x")
        string(REGEX REPLACE "(" "" BAD "x")
        """);
    assertEquals("12:abc 3:de", s.get("SWAPPED"));
    assertEquals("10", s.get("FIRST_NUMBER"));
    assertEquals("10;2;33", s.get("ALL_NUMBERS"));
    assertEquals("x", s.get("TRIMMED"));
    assertNull(s.get("BAD"));
    assertTrue(s.lines().stream().anyMatch(l -> l.contains("invalid regular expression '('")), s.lines().toString());
  }

  @Test
  void getFilenameComponent() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(F /x/dir/name.tar.gz)
        get_filename_component(D ${F} DIRECTORY)
        get_filename_component(N ${F} NAME)
        get_filename_component(E ${F} EXT)
        get_filename_component(NWE ${F} NAME_WE)
        get_filename_component(LE ${F} LAST_EXT)
        get_filename_component(NWLE ${F} NAME_WLE)
        get_filename_component(ABS ../other/./x.c ABSOLUTE)
        get_filename_component(BASED x.c ABSOLUTE BASE_DIR /base/dir)
        """);
    assertEquals("/x/dir", s.get("D"));
    assertEquals("name.tar.gz", s.get("N"));
    assertEquals(".tar.gz", s.get("E"));
    assertEquals("name", s.get("NWE"));
    assertEquals(".gz", s.get("LE"));
    assertEquals("name.tar", s.get("NWLE"));
    assertEquals(s.tree.path("components/other/x.c").toString(), s.get("ABS"));
    assertEquals(Path.of("/base/dir/x.c").toString(), s.get("BASED"));
  }
}
