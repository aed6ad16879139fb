package dev.allocpath.cli;

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
    // Logical paths, not real ones: a project reached through a symlink is printed the way it
    // was named (testdata/... when testdata links elsewhere), which the shell resolves the same way.
    Path root = projectRoot.toAbsolutePath().normalize();
    Path here = workingDir.toAbsolutePath().normalize();
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
}
