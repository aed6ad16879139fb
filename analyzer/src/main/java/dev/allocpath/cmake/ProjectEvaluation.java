package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the CMake files of a project in ESP-IDF's order: the project CMakeLists.txt up to
 * project(), where components are collected and their project_include.cmake files run in the
 * project scope; then each component's CMakeLists.txt in its own scope, starting from the
 * project's variables at that point.
 */
final class ProjectEvaluation {
  private final BuildSession session;
  private Variables componentBase;

  ProjectEvaluation(BuildSession session) {
    this.session = session;
  }

  void run() {
    Map<String, String> cache = new HashMap<>(session.options.sortedVariables());
    Map<String, String> env = new HashMap<>(session.options.env());
    Variables top = Variables.root(cache, env);
    seed(top, session.root);
    Path projectFile = session.root.resolve("CMakeLists.txt");
    Frame frame = Frame.of(top, session.listFile(projectFile), null);
    session.onProject = this::collectComponents;
    session.interpreter.resetBudget();
    if (session.files.isFile(projectFile)) {
      session.runFile(frame);
    }
    if (componentBase == null) {
      // No project() call (or no project file): collect with what the file defined.
      session.projectCalled = true;
      collectComponents(frame, 1);
    }
    for (ComponentState component : session.components.values()) {
      evaluate(component);
    }
  }

  /** The variables an ESP-IDF project build defines before any project file runs. */
  static void seed(Variables vars, Path root) {
    Path build = root.resolve("build");
    Map<String, String> defaults = new HashMap<>();
    defaults.put("IDF_PATH", vars.envDefined("IDF_PATH") ? vars.env("IDF_PATH") : BuildSession.DEFAULT_IDF_PATH);
    defaults.put("IDF_TARGET", BuildSession.DEFAULT_IDF_TARGET);
    defaults.put("ESP_PLATFORM", "1");
    defaults.put("CMAKE_SOURCE_DIR", root.toString());
    defaults.put("CMAKE_CURRENT_SOURCE_DIR", root.toString());
    defaults.put("PROJECT_SOURCE_DIR", root.toString());
    defaults.put("PROJECT_DIR", root.toString());
    defaults.put("CMAKE_BINARY_DIR", build.toString());
    defaults.put("CMAKE_CURRENT_BINARY_DIR", build.toString());
    defaults.put("PROJECT_BINARY_DIR", build.toString());
    defaults.put("BUILD_DIR", build.toString());
    defaults.put("CMAKE_C_COMPILER_ID", "GNU");
    defaults.put("CMAKE_CXX_COMPILER_ID", "GNU");
    defaults.put("CMAKE_SYSTEM_NAME", "Generic");
    defaults.put("CMAKE_HOST_UNIX", "1");
    defaults.put("UNIX", "1");
    defaults.forEach((name, value) -> {
      if (!vars.cacheDefined(name)) {
        vars.set(name, value);
      }
    });
  }

  /**
   * project() was called (at {@code line}): find the components, run their project_include.cmake,
   * keep the scope. EXTRA_COMPONENT_DIRS problems are reported at project(), where ESP-IDF reads it.
   */
  private void collectComponents(Frame frame, int line) {
    Variables vars = frame.vars();
    List<String> extra = ListValues.split(vars.getOrEmpty("EXTRA_COMPONENT_DIRS"), false);
    new ComponentDiscovery(session).discover(extra, frame.file().display(), line);
    for (ComponentState component : session.components.values()) {
      Path include = component.dir.resolve("project_include.cmake");
      if (session.files.isFile(include)) {
        String oldDir = vars.get("COMPONENT_DIR");
        vars.set("COMPONENT_DIR", component.dir.toString());
        vars.set("COMPONENT_PATH", component.dir.toString());
        session.runFile(frame.withFile(session.listFile(include)));
        if (oldDir == null) {
          vars.unset("COMPONENT_DIR");
          vars.unset("COMPONENT_PATH");
        } else {
          vars.set("COMPONENT_DIR", oldDir);
          vars.set("COMPONENT_PATH", oldDir);
        }
      }
    }
    componentBase = vars.detachedCopy();
  }

  private void evaluate(ComponentState component) {
    // The component gets a parent scope of its own, so PARENT_SCOPE writes go somewhere harmless.
    Variables vars = componentBase.detachedCopy().child();
    String dir = component.dir.toString();
    vars.set("COMPONENT_NAME", component.name);
    vars.set("COMPONENT_DIR", dir);
    vars.set("COMPONENT_PATH", dir);
    vars.set("COMPONENT_LIB", component.library());
    vars.set("COMPONENT_TARGET", component.library());
    vars.set("COMPONENT_ALIAS", "idf::" + component.name);
    vars.set("CMAKE_CURRENT_SOURCE_DIR", dir);
    vars.set("CMAKE_CURRENT_BINARY_DIR", session.root.resolve("build").resolve("esp-idf").resolve(component.name).toString());
    Frame frame = Frame.of(vars, session.listFile(component.cmakeLists), component);
    // Each component gets the whole command budget: a runaway one must not starve the others.
    session.interpreter.resetBudget();
    session.runFile(frame);
    if (component.registration == null) {
      session.sink.note(NotificationSink.COMPONENT, "component '" + component.name
          + "' does not call idf_component_register(); it compiles nothing", session.files.display(component.cmakeLists), 1);
    }
  }
}
