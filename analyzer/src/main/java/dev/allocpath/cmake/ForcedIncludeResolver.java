package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the file a {@code -include} names: absolute as written, else relative to the declaring
 * directory (the component, standing in for the compiler's working directory), then along the
 * include directories. Virtual (generated) files count as present; files the scan may not read do
 * not.
 */
final class ForcedIncludeResolver {
  private final ProjectFiles files;

  ForcedIncludeResolver(ProjectFiles files) {
    this.files = files;
  }

  Path resolve(String spelled, Path firstDir, List<Path> includeDirs, Map<Path, String> virtualFiles) {
    if (spelled.isEmpty()) {
      return null;
    }
    Path written = CompileOptionParser.resolve(firstDir, spelled);
    if (present(written, virtualFiles)) {
      return written;
    }
    if (isAbsolute(spelled)) {
      return null;
    }
    for (Path dir : includeDirs) {
      Path candidate = CompileOptionParser.resolve(dir, spelled);
      if (present(candidate, virtualFiles)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The spelling kept in the model: as written after variable expansion, except that an absolute
   * path inside the project becomes project-relative, so output never depends on where the project
   * was checked out.
   */
  String stableSpelling(String spelled) {
    if (!isAbsolute(spelled)) {
      return spelled;
    }
    Path path = CompileOptionParser.resolve(files.root(), spelled);
    return path.startsWith(files.root()) ? files.display(path) : spelled;
  }

  static boolean isAbsolute(String spelled) {
    return spelled.startsWith("/") || spelled.startsWith("\\") || (spelled.length() > 2 && spelled.charAt(1) == ':');
  }

  private boolean present(Path path, Map<Path, String> virtualFiles) {
    return virtualFiles.containsKey(path) || files.isFile(path);
  }
}
