package dev.allocpath.model;

import java.nio.file.Path;

/** Turns absolute paths into the stable, project-relative form used in every output. */
public final class ProjectPaths {
  private ProjectPaths() {}

  /** {@code file} relative to {@code root}, forward slashes, no leading {@code ./}. */
  public static String relative(Path root, Path file) {
    Path normal = file.toAbsolutePath().normalize();
    String text = normal.startsWith(root) ? root.relativize(normal).toString() : normal.toString();
    return text.replace('\\', '/');
  }

  /** Whether {@code file} (after normalisation) lies inside {@code root}. */
  public static boolean inside(Path root, Path file) {
    return file.toAbsolutePath().normalize().startsWith(root);
  }
}
