package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command runs: the variable scope, the list file being read ({@code file}, which is what
 * CMAKE_CURRENT_LIST_* describe), the file the running commands are written in ({@code code}: the
 * same, except inside a function or macro body, where it is the defining file; origins and
 * notifications point there), the component whose CMakeLists.txt is being evaluated (null for the
 * project file), macro arguments to substitute, and the call depth (guards runaway recursion).
 */
record Frame(
    Variables vars, ListFile file, ListFile code, ComponentState component, Map<String, String> macroArgs, int depth) {

  /** A CMake file being evaluated. {@code display} is the project-relative path used in origins. */
  record ListFile(Path path, String display) {
    Path dir() {
      return path.getParent();
    }
  }

  static Frame of(Variables vars, ListFile file, ComponentState component) {
    return new Frame(vars, file, file, component, null, 0);
  }

  /** A function body: its own scope, no macro arguments, commands written in {@code definedIn}. */
  Frame forFunction(Variables newVars, ListFile definedIn) {
    return new Frame(newVars, file, definedIn, component, null, depth + 1);
  }

  /** A macro body: the caller's scope, its arguments substituted, commands written in {@code definedIn}. */
  Frame forMacro(Map<String, String> args, ListFile definedIn) {
    return new Frame(vars, file, definedIn, component, args, depth + 1);
  }

  /** A block() body: a nested scope, everything else unchanged. */
  Frame forBlock(Variables newVars) {
    return new Frame(newVars, file, code, component, macroArgs, depth + 1);
  }

  /** An included file, evaluated in this scope (macro arguments are substituted in macro bodies only). */
  Frame withFile(ListFile newFile) {
    return new Frame(vars, newFile, newFile, component, null, depth + 1);
  }

  /** CMAKE_CURRENT_SOURCE_DIR: the directory relative paths in most commands are resolved against. */
  Path sourceDir() {
    String dir = vars.get("CMAKE_CURRENT_SOURCE_DIR");
    return dir == null || dir.isEmpty() ? file.dir() : Path.of(dir);
  }

  /** CMAKE_CURRENT_LIST_DIR as the variable says (functions see their caller's). */
  Path listDir() {
    String dir = vars.get("CMAKE_CURRENT_LIST_DIR");
    return dir == null || dir.isEmpty() ? file.dir() : Path.of(dir);
  }
}
