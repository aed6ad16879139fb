package dev.allocpath.cmake;

import java.util.Map;
import java.util.Set;

/**
 * project(), and the commands that are understood but change nothing the model records: silent
 * ones have no effect on how sources are compiled; noted ones might, so they are reported.
 */
final class OtherCommands {
  private OtherCommands() {}

  /** No influence on preprocessing: messages, policies, install rules, linker scripts, ... */
  private static final Set<String> SILENT =
      Set.of(
          "message", "cmake_minimum_required", "cmake_policy", "include_guard", "mark_as_advanced",
          "enable_language", "enable_testing", "add_dependencies", "install", "fail_at_build_time",
          "target_compile_features", "target_linker_script", "target_add_binary_data",
          "source_group", "define_property", "export", "add_test", "set_tests_properties",
          "idf_component_set_property", "cmake_host_system_information", "variable_watch",
          "target_link_directories", "link_directories");

  /** Could change sources or flags, but depend on things outside the project or on running tools. */
  private static final Map<String, String> NOTED =
      Map.ofEntries(
          Map.entry("execute_process", "external processes are not run"),
          Map.entry("find_package", "packages outside the project are not searched"),
          Map.entry("add_executable", "targets other than component libraries are not modelled"),
          Map.entry("idf_build_process", "non-project ESP-IDF builds are not modelled"),
          Map.entry("idf_build_component", "non-project ESP-IDF builds are not modelled"),
          Map.entry("idf_build_executable", "non-project ESP-IDF builds are not modelled"),
          Map.entry("idf_component_mock", "mock components are not modelled"),
          Map.entry("try_compile", "compilation checks are not run"),
          Map.entry("try_run", "compilation checks are not run"),
          Map.entry("cmake_language", "dynamic calls are not evaluated"),
          Map.entry("set_directory_properties", "directory properties are not modelled"),
          Map.entry("remove_definitions", "removing definitions is not modelled"),
          Map.entry("load_cache", "cache files are not read"));

  static void register(Map<String, CommandHandler> table) {
    for (String name : SILENT) {
      table.put(name, call -> { });
    }
    NOTED.forEach((name, why) -> table.put(name, call -> call.unsupported(why + "; ignored")));
    for (String find : new String[] {"find_program", "find_library", "find_path", "find_file"}) {
      table.put(find, OtherCommands::find);
    }
    table.put("project", OtherCommands::project);
  }

  /** find_*(VAR ...): nothing outside the project is searched, so the result is VAR-NOTFOUND. */
  private static void find(CommandCall call) {
    String var = call.arg(0);
    if (var == null) {
      return;
    }
    call.unsupported("the system is not searched; " + var + " set to " + var + "-NOTFOUND");
    if (!call.vars().defined(var)) {
      call.vars().set(var, var + "-NOTFOUND");
    }
  }

  /** project(name ...): in the project CMakeLists.txt, the point where ESP-IDF collects its components. */
  private static void project(CommandCall call) {
    String name = call.arg(0);
    if (name != null) {
      call.vars().set("PROJECT_NAME", name);
      call.vars().set("CMAKE_PROJECT_NAME", name);
    }
    if (call.frame.component() == null && !call.session.projectCalled) {
      call.session.projectCalled = true;
      if (call.session.onProject != null) {
        call.session.onProject.accept(call.frame, call.command.line());
      }
    }
  }
}
