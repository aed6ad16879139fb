package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command runs: the variable scope, the list file being read, the component whose
 * CMakeLists.txt is being evaluated (null for the project file), macro arguments to substitute,
 * and the call depth (guards runaway recursion).
 */
record Frame(Variables vars, ListFile file, ComponentState component, Map<String, String> macroArgs, int depth) {

  /** A CMake file being evaluated. {@code display} is the project-relative path used in origins. */
  record ListFile(Path path, String display) {
    Path dir() {
      return path.getParent();
    }
  }

  Frame withVars(Variables newVars) {
    return new Frame(newVars, file, component, null, depth + 1);
  }

  Frame withFile(ListFile newFile) {
    return new Frame(vars, newFile, component, macroArgs, depth + 1);
  }

  Frame withMacroArgs(Map<String, String> args) {
    return new Frame(vars, file, component, args, depth + 1);
  }

  /** CMAKE_CURRENT_SOURCE_DIR: the directory relative paths in most commands are resolved against. */
  Path sourceDir() {
    String dir = vars.get("CMAKE_CURRENT_SOURCE_DIR");
    return dir == null || dir.isEmpty() ? file.dir() : Path.of(dir);
  }
}
