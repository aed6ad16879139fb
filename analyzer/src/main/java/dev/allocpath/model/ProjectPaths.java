package dev.allocpath.model;

import java.nio.file.Path;

/** Turns absolute paths into the stable, project-relative form used in every output. */
public final class ProjectPaths {
  private ProjectPaths() {}

  /** {@code file} relative to {@code root}, forward slashes, no leading {@code ./}. */
  public static String relative(Path root, Path file) {
    Path normal = file.toAbsolutePath().normalize();
    String text = normal.startsWith(root) ? root.relativize(normal).toString() : normal.toString();
    return slashes(text);
  }

  /**
   * The platform's separator as '/', and nothing else: on Linux a backslash is an ordinary
   * character of a file name (turning it into '/' named another file, or none).
   */
  public static String slashes(String path) {
    return java.io.File.separatorChar == '/' ? path : path.replace(java.io.File.separatorChar, '/');
  }

  /**
   * Whether {@code file} lies inside {@code root} once symlinks are resolved on both: a file of
   * the project that is a symlink to {@code /etc/passwd} or to another checkout is not inside.
   * A file that does not exist (or cannot be resolved) is judged by its normalised path.
   */
  public static boolean insideAfterLinks(Path root, Path file) {
    Path normal = file.toAbsolutePath().normalize();
    try {
      return normal.toRealPath().startsWith(root.toAbsolutePath().normalize().toRealPath());
    } catch (java.io.IOException | SecurityException e) {
      return normal.startsWith(root.toAbsolutePath().normalize());
    }
  }

  /** Whether {@code file} (after normalisation) lies inside {@code root}. */
  public static boolean inside(Path root, Path file) {
    return file.toAbsolutePath().normalize().startsWith(root);
  }
}
