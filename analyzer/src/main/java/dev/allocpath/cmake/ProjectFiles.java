package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place that decides whether a path may be looked at, and that answers existence
 * questions (cached: the same include directories and sources are probed again and again).
 * Paths are inside the project when they are lexically under the root and, once symlinks are
 * resolved, still under the real root: a symlink never leads the scan out of the project.
 */
final class ProjectFiles {
  private final Path root;
  private final Path realRoot;
  private final boolean allowOutside;
  private final Map<Path, Boolean> insideCache = new HashMap<>();
  private final Map<Path, Boolean> fileCache = new HashMap<>();
  private final Map<Path, Boolean> dirCache = new HashMap<>();

  ProjectFiles(Path root, boolean allowOutside) {
    this.root = root;
    this.realRoot = realPathOr(root, root);
    this.allowOutside = allowOutside;
  }

  Path root() {
    return root;
  }

  /** Whether the path, with symlinks resolved, lies inside the project root. */
  boolean inside(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    if (!normal.startsWith(root) && !normal.startsWith(realRoot)) {
      return false;
    }
    return insideCache.computeIfAbsent(normal, p -> realPathOr(p, p).startsWith(realRoot));
  }

  /** Whether the scan may look at the path at all. */
  boolean mayRead(Path path) {
    return allowOutside || inside(path);
  }

  boolean isFile(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    return mayRead(normal) && fileCache.computeIfAbsent(normal, Files::isRegularFile);
  }

  boolean isDirectory(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    return mayRead(normal) && dirCache.computeIfAbsent(normal, Files::isDirectory);
  }

  /** Within two levels above the root (a project in a repository's subdirectory, or its neighbours). */
  private boolean besideRoot(Path normal) {
    Path up = root.getParent() == null ? null : root.getParent().getParent();
    up = up != null ? up : root.getParent();
    return up != null && up.getNameCount() > 0 && normal.startsWith(up);
  }

  /**
   * A path for messages and origins: project-relative with forward slashes. A path up to two
   * levels above the project is relative too ({@code ../vendor}: the same in every checkout);
   * one further away (a system path) stays absolute: a "../" form would change with the depth of
   * the checkout.
   */
  String display(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    String text;
    if (normal.startsWith(root)) {
      text = root.relativize(normal).toString();
    } else if (normal.startsWith(realRoot)) {
      text = realRoot.relativize(normal).toString();
    } else if (besideRoot(normal)) {
      // Beside the project in the same checkout (../vendor, ../../shared): relative, so the
      // checkout's absolute path stays out of every message.
      text = root.relativize(normal).toString();
    } else {
      text = normal.toString();
    }
    text = text.replace(java.io.File.separatorChar, '/');
    return text.isEmpty() ? "." : text;
  }

  /** The path seen from the lexical root when it was reached through the real root. */
  Path rebase(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    if (!normal.startsWith(root) && normal.startsWith(realRoot) && !realRoot.equals(root)) {
      return root.resolve(realRoot.relativize(normal)).normalize();
    }
    return normal;
  }

  private static Path realPathOr(Path path, Path fallback) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      // A path that does not exist (yet): resolve its nearest existing parent instead.
      Path parent = path.getParent();
      if (parent == null || parent.equals(path)) {
        return fallback;
      }
      Path realParent = realPathOr(parent, parent);
      return realParent.resolve(path.getFileName()).normalize();
    }
  }
}
