package dev.allocpath.cdt;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of all files under the project root, built on first use and shared by all parses.
 * Tells a quoted include of a project header that the include directories miss (worth reporting)
 * from one of a file outside the project such as {@code "esp_log.h"} (expected). Hidden
 * directories ({@code .git}) are skipped, symlinked directories are not followed, and the walk
 * stops after {@value #MAX_FILES} files.
 */
final class ProjectFileNames {
  static final int MAX_FILES = 200_000;

  private final Path root;
  private volatile Set<String> names;

  ProjectFileNames(Path root) {
    this.root = root;
  }

  boolean contains(String fileName) {
    return names().contains(fileName);
  }

  private Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      synchronized (this) {
        known = names;
        if (known == null) {
          known = scan();
          names = known;
        }
      }
    }
    return known;
  }

  private Set<String> scan() {
    Set<String> found = new HashSet<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          Path name = dir.getFileName();
          boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          found.add(file.getFileName().toString());
          return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException error) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | SecurityException e) {
      // An unreadable tree only means fewer includes are reported as missing.
    }
    return Set.copyOf(found);
  }
}
