package dev.allocpath.model;

import dev.allocpath.api.SourceLocation;

/** Where a build setting was written: a project-relative file and a 1-based line. */
public record Origin(String path, int line) {
  public SourceLocation toLocation() {
    return SourceLocation.ofLine(path, line);
  }

  @Override
  public String toString() {
    return path + ":" + line;
  }
}
