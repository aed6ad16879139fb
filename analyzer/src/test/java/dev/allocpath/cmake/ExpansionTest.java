package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variable references, escapes and list splitting, observed through real commands. */
class ExpansionTest {
  @TempDir Path root;

  /** count(out args...) stores how many arguments it received, to observe list splitting. */
  private static final String COUNT = """
      function(count out)
        math(EXPR n "${ARGC} - 1")
        set(${out} ${n} PARENT_SCOPE)
      endfunction()
      """;

  @Test
  void plainAndNestedReferences() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(b inner)
        set(a_inner "nested value")
        set(r1 ${a_${b}})
        set(r2 "pre-${b}-post")
        """);
    assertEquals("nested value", s.get("r1"));
    assertEquals("pre-inner-post", s.get("r2"));
  }

  @Test
  void environmentComesOnlyFromTheInjectedMap() {
    CMakeSnippet s = CMakeSnippet.runWithEnv(root, """
        set(r1 "$ENV{MY_VAR}")
        set(r2 "[$ENV{HOME}]")
        set(ENV{LATER} x)
        set(r3 "$ENV{LATER}")
        """, Map.of("MY_VAR", "from-test"));
    assertEquals("from-test", s.get("r1"));
    assertEquals("[]", s.get("r2"));
    assertEquals("x", s.get("r3"));
  }

  @Test
  void cacheReferenceReadsOnlyTheCache() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(V cached CACHE STRING "doc")
        set(V normal)
        set(r1 "$CACHE{V}")
        set(r2 "${V}")
        """);
    assertEquals("cached", s.get("r1"));
    assertEquals("normal", s.get("r2"));
  }

  @Test
  void unquotedArgumentsSplitOnSemicolonsQuotedOnesDoNot() {
    CMakeSnippet s = CMakeSnippet.run(root, COUNT + """
        set(L a;b;c)
        count(unquoted ${L})
        count(quoted "${L}")
        count(mixed x ${L} "y")
        """);
    assertEquals("3", s.get("unquoted"));
    assertEquals("1", s.get("quoted"));
    assertEquals("5", s.get("mixed"));
  }

  @Test
  void emptyUnquotedExpansionDisappearsEmptyQuotedStays() {
    CMakeSnippet s = CMakeSnippet.run(root, COUNT + """
        count(unquoted ${UNDEFINED})
        count(quoted "${UNDEFINED}")
        set(E "")
        count(empty_list ${E} ${E})
        """);
    assertEquals("0", s.get("unquoted"));
    assertEquals("1", s.get("quoted"));
    assertEquals("0", s.get("empty_list"));
  }

  @Test
  void escapedSemicolonDoesNotSplitAndSquareBracketsProtectSemicolons() {
    CMakeSnippet s = CMakeSnippet.run(root, COUNT + """
        count(escaped a\\;b)
        count(bracketed a[b;c]d)
        function(first out v)
          set(${out} "${v}" PARENT_SCOPE)
        endfunction()
        first(value a\\;b)
        """);
    assertEquals("1", s.get("escaped"));
    assertEquals("1", s.get("bracketed"));
    assertEquals("a;b", s.get("value"));
  }

  @Test
  void escapeSequences() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(X value)
        set(r1 "\\${X}")
        set(r2 "tab\\there")
        set(r3 "quote\\"d")
        set(r4 a\\ b)
        """);
    assertEquals("${X}", s.get("r1"));
    assertEquals("tab\there", s.get("r2"));
    assertEquals("quote\"d", s.get("r3"));
    assertEquals("a b", s.get("r4"));
  }

  @Test
  void bracketArgumentsAreNotExpanded() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(X value)
        set(r [[${X}]])
        """);
    assertEquals("${X}", s.get("r"));
  }

  @Test
  void unterminatedReferenceIsKeptLiterally() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(r "a${b")
        """);
    assertEquals("a${b", s.get("r"));
  }

  @Test
  void legacyQuotedDefineKeepsItsQuotes() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(r -DX="a b")
        """);
    assertEquals("-DX=\"a b\"", s.get("r"));
  }

  @Test
  void espIdfVariablesAreDefined() {
    CMakeSnippet s = CMakeSnippet.run(root, """
        set(r "${ESP_PLATFORM}-${IDF_TARGET}")
        """);
    assertEquals("1-esp32p4", s.get("r"));
    assertNull(s.get("CONFIG_FREERTOS_UNICORE"));
  }
}
