package dev.allocpath.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the ESP-IDF project of the files a pre-commit hook passes, so the hook needs no
 * {@code args:}: the nearest directory above each file, up to its repository's root (or the
 * working directory outside a repository), whose {@code CMakeLists.txt} is an ESP-IDF top-level one (it
 * includes {@code project.cmake} and calls {@code project()}). Component and library
 * CMakeLists.txt files do neither, so they are passed by.
 */
final class ProjectLocator {
  private static final Pattern INCLUDES_PROJECT_CMAKE =
      Pattern.compile("(?im)^\\s*include\\s*\\([^)]*project\\.cmake");
  private static final Pattern CALLS_PROJECT = Pattern.compile("(?im)^\\s*project\\s*\\(");
  /** Top-level CMakeLists.txt files are small; a larger file is not read. */
  private static final long MAX_BYTES = 1 << 20;

  private ProjectLocator() {}

  /**
   * The one project the files belong to, or empty when none of them lies in one.
   *
   * @throws UsageException when the files belong to several projects
   */
  static Optional<Path> of(Collection<Path> files, Path workingDir) {
    Path top = workingDir.toAbsolutePath().normalize();
    TreeSet<Path> found = new TreeSet<>();
    for (Path file : files) {
      nearest(file.toAbsolutePath().normalize(), top).ifPresent(found::add);
    }
    if (found.size() > 1) {
      throw new UsageException("the files belong to " + found.size() + " ESP-IDF projects ("
          + String.join(", ", found.stream().map(p -> display(top, p)).toList())
          + "): give the project directory (for the pre-commit hook: args: [DIR])");
    }
    return found.stream().findFirst();
  }

  /** Searched upwards to the file's repository root (the directory holding .git), or to {@code top}. */
  private static Optional<Path> nearest(Path file, Path top) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (isEspIdfProject(dir)) {
        return Optional.of(dir);
      }
      if (dir.equals(top) || Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  static boolean isEspIdfProject(Path dir) {
    Path lists = dir.resolve("CMakeLists.txt");
    try {
      if (!Files.isRegularFile(lists) || Files.size(lists) > MAX_BYTES) {
        return false;
      }
      String text = Files.readString(lists, java.nio.charset.StandardCharsets.ISO_8859_1);
      return INCLUDES_PROJECT_CMAKE.matcher(text).find() && CALLS_PROJECT.matcher(text).find();
    } catch (IOException e) {
      return false;
    }
  }

  private static String display(Path top, Path dir) {
    String relative = top.relativize(dir).toString();
    return relative.isEmpty() ? "." : relative;
  }
}
