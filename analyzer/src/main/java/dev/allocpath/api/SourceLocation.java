package dev.allocpath.api;

import java.util.Comparator;

/**
 * A region in a project file. {@code path} is relative to the project root with forward slashes,
 * so facts and findings are the same on every machine. Lines and columns are 1-based; columns
 * count UTF-16 code units (SARIF's default); {@code endColumn} is the column after the region.
 */
public record SourceLocation(String path, int line, int column, int endLine, int endColumn)
    implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::path)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column)
          .thenComparingInt(SourceLocation::endLine)
          .thenComparingInt(SourceLocation::endColumn);

  public static SourceLocation ofLine(String path, int line) {
    return new SourceLocation(path, line, 1, line, 1);
  }

  /** A location that names a whole file (no meaningful region). */
  public static SourceLocation ofFile(String path) {
    return new SourceLocation(path, 1, 1, 1, 1);
  }

  public SourceLocation withPath(String newPath) {
    return new SourceLocation(newPath, line, column, endLine, endColumn);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
