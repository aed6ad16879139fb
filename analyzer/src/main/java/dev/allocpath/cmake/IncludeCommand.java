package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * include(file|module [OPTIONAL] [RESULT_VARIABLE var]): project files are evaluated in the
 * including scope; a missing file is reported and evaluation continues. ESP-IDF's own
 * {@code tools/cmake/project.cmake} is what this model stands in for, so including it is silent.
 */
final class IncludeCommand {
  private IncludeCommand() {}

  /** Modules whose commands are built into the evaluator, so including them changes nothing. */
  private static final Set<String> NATIVE_MODULES = Set.of("CMakeParseArguments");

  static void register(Map<String, CommandHandler> table) {
    table.put("include", IncludeCommand::run);
  }

  private static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.isEmpty()) {
      call.unsupported("no file given; ignored");
      return;
    }
    String spelled = a.get(0);
    boolean optional = a.contains("OPTIONAL");
    int result = a.indexOf("RESULT_VARIABLE");
    String resultVar = result >= 0 && result + 1 < a.size() ? a.get(result + 1) : null;
    Path file = locate(call, spelled);
    if (file == null) {
      if (resultVar != null) {
        call.vars().set(resultVar, "NOTFOUND");
      }
      if (!optional && !NATIVE_MODULES.contains(spelled)) {
        call.unsupported("CMake module '" + spelled + "' is not modelled; not included");
      }
      return;
    }
    if (isIdfProjectFile(file)) {
      return;
    }
    if (!call.session.files.mayRead(file)) {
      if (resultVar != null) {
        call.vars().set(resultVar, "NOTFOUND");
      }
      call.note(NotificationSink.OUTSIDE_ROOT,
          "include(): '" + call.session.files.display(file) + "' is outside the project root and was not read");
      return;
    }
    if (!call.session.files.isFile(file)) {
      if (resultVar != null) {
        call.vars().set(resultVar, "NOTFOUND");
      }
      if (!optional) {
        call.warning(NotificationSink.MISSING_INCLUDE,
            "include(): file '" + call.session.files.display(file) + "' does not exist");
      }
      return;
    }
    if (call.frame.depth() > Interpreter.MAX_DEPTH) {
      call.unsupported("include depth limit reached at '" + call.session.files.display(file) + "'; not included");
      return;
    }
    if (resultVar != null) {
      call.vars().set(resultVar, file.toString());
    }
    call.session.runFile(call.frame.withFile(call.session.listFile(file)));
  }

  /** A path for a file argument; for a module name the file found on CMAKE_MODULE_PATH, else null. */
  private static Path locate(CommandCall call, String spelled) {
    boolean module = !spelled.contains("/") && !spelled.contains("\\") && !spelled.endsWith(".cmake");
    if (!module) {
      return call.resolve(spelled, call.sourceDir());
    }
    for (String dir : ListValues.split(call.vars().getOrEmpty("CMAKE_MODULE_PATH"), false)) {
      Path candidate = call.resolve(dir, call.sourceDir()).resolve(spelled + ".cmake").normalize();
      if (call.session.files.isFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isIdfProjectFile(Path file) {
    return file.endsWith(Path.of("tools", "cmake", "project.cmake"));
  }
}
