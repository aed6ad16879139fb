package dev.allocpath.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * How the text report names files: relative to the current directory, as compilers print them,
 * so editors, {@code vim -q} and terminal links open them from wherever allocpath was started
 * (findings are project-relative inside the tool; SARIF keeps them so). With
 * {@code --absolute-paths}, absolute.
 */
final class DisplayPaths {
  private DisplayPaths() {}

  static UnaryOperator<String> of(Path projectRoot, Path workingDir, boolean absolute) {
    Path root = real(projectRoot.toAbsolutePath().normalize());
    Path here = real(workingDir.toAbsolutePath().normalize());
    return path -> {
      Path file = root.resolve(path).normalize();
      if (absolute) {
        return file.toString();
      }
      try {
        String relative = here.relativize(file).toString();
        return relative.isEmpty() ? "." : relative;
      } catch (IllegalArgumentException otherRoot) {
        // Another drive on Windows: no relative path exists.
        return file.toString();
      }
    };
  }

  /**
   * The real path, so a root reached through a symlink and a working directory that the JVM
   * reports resolved relativize without ../ detours through the link.
   */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
