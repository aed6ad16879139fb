package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.SourceLocation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the touched lines out of unified diffs as git and diff(1) write them. */
class UnifiedDiffTest {
  private static final String GIT_DIFF = """
      diff --git a/firmware/main/app.cpp b/firmware/main/app.cpp
      index 1111111..2222222 100644
      --- a/firmware/main/app.cpp
      +++ b/firmware/main/app.cpp
      @@ -3 +3 @@ class App {
      -  int a;
      +  int b;
      @@ -10,0 +11,2 @@ void f() {
      +  g();
      +  h();
      @@ -20,3 +22,0 @@ void k() {
      -  x();
      -  y();
      -  z();
      diff --git a/old.c b/old.c
      deleted file mode 100644
      --- a/old.c
      +++ /dev/null
      @@ -1,2 +0,0 @@
      -int x;
      -int y;
      diff --git a/new.h b/new.h
      new file mode 100644
      --- /dev/null
      +++ b/new.h
      @@ -0,0 +1 @@
      +int z;
      diff --git "a/sp ace\\303\\251.c" "b/sp ace\\303\\251.c"
      --- "a/sp ace\\303\\251.c"
      +++ "b/sp ace\\303\\251.c"
      @@ -5 +5 @@
      -a
      +b
      """;

  @Test
  void hunksTouchTheirNewSideLines() {
    TouchedLines touched = UnifiedDiff.parse(GIT_DIFF);
    assertEquals(Set.of("firmware/main/app.cpp", "new.h", "sp aceé.c"), touched.files());
    assertTrue(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 3)));
    assertTrue(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 11)));
    assertTrue(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 12)));
    assertFalse(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 13)));
    assertFalse(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 10)));
    // A pure deletion (+22,0) touches no line.
    assertFalse(touched.touches(SourceLocation.ofLine("firmware/main/app.cpp", 22)));
    assertTrue(touched.touches(SourceLocation.ofLine("new.h", 1)));
    assertTrue(touched.touches(SourceLocation.ofLine("sp aceé.c", 5)));
  }

  @Test
  void aRegionSpanningATouchedLineIsTouched() {
    TouchedLines touched = UnifiedDiff.parse(GIT_DIFF);
    assertTrue(touched.touches(new SourceLocation("firmware/main/app.cpp", 9, 1, 11, 4)));
    assertFalse(touched.touches(new SourceLocation("firmware/main/app.cpp", 4, 1, 10, 4)));
  }

  @Test
  void namesWithoutGitPrefixesAndWithTimeStampsAreKept() {
    TouchedLines touched = UnifiedDiff.parse("""
        --- src/old/b/file.c\t2026-12-01 10:00:00.000000000 +0000
        +++ b/file.c\t2026-12-01 10:01:00.000000000 +0000
        @@ -1,0 +2,1 @@
        +int added;
        """);
    // The old side has no a/ prefix, so b/ is part of the name.
    assertEquals(Set.of("b/file.c"), touched.files());
    assertTrue(touched.touches(SourceLocation.ofLine("b/file.c", 2)));
  }

  @Test
  void renamedKeepsOnlyWhatTheMappingKeeps() {
    TouchedLines touched = UnifiedDiff.parse(GIT_DIFF)
        .renamed(p -> p.startsWith("firmware/") ? p.substring("firmware/".length()) : null);
    assertEquals(Set.of("main/app.cpp"), touched.files());
    assertTrue(touched.touches(SourceLocation.ofLine("main/app.cpp", 3)));
  }

  @Test
  void anEmptyDiffTouchesNothingAndOtherTextIsRefused() {
    assertEquals(Set.of(), UnifiedDiff.parse("").files());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnifiedDiff.parse("this is a README\n"));
    assertTrue(e.getMessage().contains("not a unified diff"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> UnifiedDiff.parse("+++ b/x.c\n@@ -1 +2147483000,5 @@\n"));
  }
}
