package dev.allocpath.cmake;

import dev.allocpath.model.Language;
import dev.allocpath.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * idf_build_set_property / idf_build_get_property. The compile and link properties become
 * build-wide flags applied to every component, as ESP-IDF adds them to each component directory.
 */
final class BuildPropertyCommands {
  private BuildPropertyCommands() {}

  private static final Set<String> XTENSA_TARGETS = Set.of("esp32", "esp32s2", "esp32s3");

  static void register(Map<String, CommandHandler> table) {
    table.put("idf_build_set_property", BuildPropertyCommands::set);
    table.put("idf_build_get_property", BuildPropertyCommands::get);
  }

  /**
   * idf_build_set_property(property value [APPEND]): ESP-IDF takes exactly one value argument (a
   * list when quoted); further values are ignored by ESP-IDF, and reported here.
   */
  private static void set(CommandCall call) {
    List<String> a = call.args();
    if (a.isEmpty()) {
      call.unsupported("no property given; ignored");
      return;
    }
    String property = a.get(0);
    boolean append = a.subList(Math.min(2, a.size()), a.size()).contains("APPEND");
    List<String> values = a.size() > 1 ? ListValues.split(a.get(1), false) : List.of();
    List<String> ignored = new ArrayList<>();
    for (String extra : a.subList(Math.min(2, a.size()), a.size())) {
      if (!extra.equals("APPEND") && !extra.equals("GENERATOR_EXPRESSION")) {
        ignored.add(extra);
      }
    }
    if (!ignored.isEmpty()) {
      call.unsupported("takes one value (quote a list); ESP-IDF ignores " + String.join(" ", ignored));
    }
    List<ScopedFlag> flags = new ArrayList<>();
    switch (property) {
      case "COMPILE_OPTIONS" -> FlagRecorder.options(call, flags, Scope.PRIVATE, values, null);
      case "C_COMPILE_OPTIONS" -> FlagRecorder.options(call, flags, Scope.PRIVATE, values, Language.C);
      case "CXX_COMPILE_OPTIONS" -> FlagRecorder.options(call, flags, Scope.PRIVATE, values, Language.CXX);
      case "COMPILE_DEFINITIONS" -> FlagRecorder.definitions(call, flags, Scope.PRIVATE, values, null);
      case "INCLUDE_DIRECTORIES" -> FlagRecorder.includeDirectories(call, flags, Scope.PRIVATE, values);
      case "LINK_OPTIONS" -> FlagRecorder.linkOptions(call, flags, Scope.PRIVATE, values);
      default -> {
        String previous = call.session.globals.properties.get(property);
        String joined = ListValues.join(values);
        call.session.globals.properties.put(property,
            append && previous != null && !previous.isEmpty() ? previous + ";" + joined : joined);
        return;
      }
    }
    call.session.globals.add(property, flags, append);
    String previous = call.session.globals.properties.get(property);
    String joined = ListValues.join(values);
    call.session.globals.properties.put(property,
        append && previous != null && !previous.isEmpty() ? previous + ";" + joined : joined);
  }

  private static void get(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 2) {
      call.unsupported("needs a variable and a property; ignored");
      return;
    }
    String var = a.get(0);
    String property = a.get(1);
    Variables vars = call.vars();
    String target = vars.getOrEmpty("IDF_TARGET");
    String value = switch (property) {
      case "IDF_TARGET" -> target;
      case "IDF_PATH" -> vars.getOrEmpty("IDF_PATH");
      case "PROJECT_DIR" -> call.session.root.toString();
      case "BUILD_DIR" -> call.session.root.resolve("build").toString();
      case "IDF_TARGET_ARCH" -> XTENSA_TARGETS.contains(target) ? "xtensa" : "riscv";
      case "IDF_TOOLCHAIN" -> "gcc";
      default -> call.session.globals.properties.get(property);
    };
    if (value == null) {
      call.unsupported("build property " + property + " is not known to the model; variable left empty");
      value = "";
    }
    vars.set(var, value);
  }
}
