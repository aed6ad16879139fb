package dev.allocpath.api;


/**
 * A region in a project file. {@code path} is relative to the project root with forward slashes,
 * so facts and findings are the same on every machine. Lines and columns are 1-based; columns
 * count UTF-16 code units (SARIF's default); {@code endColumn} is the column after the region.
 */
public record SourceLocation(String path, int line, int column, int endLine, int endColumn)
    implements Comparable<SourceLocation> {

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
    // Written out rather than as a Comparator chain: facts are sorted by location on the hot path.
    int c = path.compareTo(other.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, other.line);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(column, other.column);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(endLine, other.endLine);
    return c != 0 ? c : Integer.compare(endColumn, other.endColumn);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
