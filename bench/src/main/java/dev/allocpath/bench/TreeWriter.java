package dev.allocpath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the generated files under the output directory and keeps the counts for {@link TreeStats}. */
final class TreeWriter {
  private final Path root;
  private final List<UnitFlags> units = new ArrayList<>();
  private int files;
  private int sourceFiles;
  private long sourceLines;
  private long unitLines;
  private long bytes;

  TreeWriter(Path root) {
    this.root = root;
  }

  /** Writes a file that is not compiled on its own: a header, a test, a CMakeLists.txt. */
  void write(String relativePath, String text) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    Path file = root.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    files++;
    bytes += content.length;
    if (isSource(relativePath)) {
      sourceFiles++;
      sourceLines += lines(text);
    }
  }

  /** Writes a translation unit the component compiles, with the flags the build gives it. */
  void writeUnit(UnitFlags flags, String text) {
    write(flags.path(), text);
    units.add(flags);
    unitLines += lines(text);
  }

  List<UnitFlags> units() {
    return List.copyOf(units);
  }

  TreeStats stats(int components) {
    return new TreeStats(files, sourceFiles, sourceLines, units.size(), unitLines, bytes, components);
  }

  private static boolean isSource(String path) {
    return path.endsWith(".c") || path.endsWith(".cpp") || path.endsWith(".h") || path.endsWith(".hpp");
  }

  private static long lines(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
