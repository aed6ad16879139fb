package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers are read once and kept; a unit's own source is not kept unless it is also a header. */
class HeaderCacheTest {
  @TempDir Path dir;

  @Test
  void aMainFileIsReadWithoutBeingKept() throws IOException {
    Path source = Files.writeString(dir.resolve("a.c"), "int a;\n").toAbsolutePath().normalize();
    HeaderCache cache = new HeaderCache();

    SourceText first = cache.mainText(source);
    SourceText second = cache.mainText(source);

    assertNotSame(first, second, "read again, not held for the run");
    assertArrayEquals(first.chars(), second.chars());
    assertFalse(cache.isKept(source, first));
  }

  @Test
  void aMainFileAlsoIncludedAsAHeaderSharesTheKeptText() throws IOException {
    Path file = Files.writeString(dir.resolve("table.c"), "int t[2];\n").toAbsolutePath().normalize();
    HeaderCache cache = new HeaderCache();

    SourceText asHeader = cache.get(file).text();
    SourceText asMain = cache.mainText(file);

    assertSame(asHeader, asMain);
    assertTrue(cache.isKept(file, asMain));
  }

  @Test
  void aMissingMainFileIsUnreadable() {
    SourceText text = new HeaderCache().mainText(dir.resolve("gone.c").toAbsolutePath().normalize());
    assertFalse(text.isText());
  }
}
