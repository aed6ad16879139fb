package dev.allocpath.cmake;

import dev.allocpath.api.Notification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs CMake text as the CMakeLists.txt of a component named "c" (in {@code components/c}) and
 * exposes the resulting variables, notifications and component state, so evaluator tests can
 * assert on them directly.
 */
final class CMakeSnippet {
  final ProjectTree tree;
  final NotificationSink sink = new NotificationSink();
  final BuildSession session;
  final ComponentState component;
  final Variables vars;

  private CMakeSnippet(ProjectTree tree, String cmake, Map<String, String> env, ModelOptions options) {
    this.tree = tree;
    Path file = tree.file("components/c/CMakeLists.txt", cmake);
    session = new BuildSession(tree.root, options, sink);
    component = new ComponentState("c", file.getParent(), file);
    session.components.put("c", component);
    vars = Variables.root(new HashMap<>(), new HashMap<>(env));
    ProjectEvaluation.seed(vars, tree.root);
    vars.set("CMAKE_CURRENT_SOURCE_DIR", file.getParent().toString());
    vars.set("COMPONENT_DIR", file.getParent().toString());
    vars.set("COMPONENT_NAME", "c");
    vars.set("COMPONENT_LIB", "__idf_c");
    session.runFile(Frame.of(vars, session.listFile(file), component));
  }

  static CMakeSnippet run(Path root, String cmake) {
    return new CMakeSnippet(new ProjectTree(root), cmake, Map.of(), ModelOptions.defaults());
  }

  static CMakeSnippet run(ProjectTree tree, String cmake) {
    return new CMakeSnippet(tree, cmake, Map.of(), ModelOptions.defaults());
  }

  static CMakeSnippet runWithEnv(Path root, String cmake, Map<String, String> env) {
    return new CMakeSnippet(new ProjectTree(root), cmake, env, ModelOptions.defaults());
  }

  String get(String name) {
    return vars.get(name);
  }

  List<Notification> notifications() {
    return sink.list();
  }

  /** "path:line: message [kind]" lines, for readable assertion failures. */
  List<String> lines() {
    return sink.list().stream().map(Notification::toLine).toList();
  }
}
