package dev.allocpath.cmake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small project trees into a temporary directory. */
final class ProjectTree {
  final Path root;

  ProjectTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Writes a file (parents created) and returns its absolute path. */
  Path file(String relative, String text) {
    Path path = root.resolve(relative);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  /** An empty file. */
  Path touch(String relative) {
    return file(relative, "");
  }

  Path dir(String relative) {
    Path path = root.resolve(relative);
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  Path path(String relative) {
    return root.resolve(relative).normalize();
  }
}
