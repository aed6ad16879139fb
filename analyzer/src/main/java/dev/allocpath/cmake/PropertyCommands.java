package dev.allocpath.cmake;

import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source file properties (set_source_files_properties, set_property(SOURCE)), the target
 * properties that carry compile settings (set_property(TARGET ... APPEND)), and the property
 * getters, which the model cannot answer.
 */
final class PropertyCommands {
  private PropertyCommands() {}

  /** Source properties with no effect on how a file is preprocessed. */
  private static final Set<String> HARMLESS_SOURCE_PROPERTIES =
      Set.of("GENERATED", "OBJECT_DEPENDS", "SKIP_AUTOGEN", "SKIP_AUTOMOC", "SKIP_UNITY_BUILD_INCLUSION",
          "SKIP_PRECOMPILE_HEADERS", "SYMBOLIC", "LABELS", "EXTERNAL_OBJECT");

  static void register(Map<String, CommandHandler> table) {
    table.put("set_source_files_properties", PropertyCommands::setSourceFilesProperties);
    table.put("set_property", PropertyCommands::setProperty);
    table.put("get_property", c -> getter(c, 0, ""));
    table.put("get_target_property", c -> getter(c, 0, "NOTFOUND"));
    table.put("get_source_file_property", c -> getter(c, 0, "NOTFOUND"));
    table.put("get_directory_property", c -> getter(c, 0, ""));
    table.put("get_cmake_property", c -> getter(c, 0, "NOTFOUND"));
    table.put("set_target_properties", PropertyCommands::setTargetProperties);
  }

  /** set_source_files_properties(files... [DIRECTORY ..] [TARGET_DIRECTORY ..] PROPERTIES k v ...). */
  private static void setSourceFilesProperties(CommandCall call) {
    List<String> a = call.args();
    int properties = a.indexOf("PROPERTIES");
    if (properties < 0) {
      call.unsupported("no PROPERTIES given; ignored");
      return;
    }
    List<String> files = new ArrayList<>();
    // The files are a list ("${srcs}" names each of them); the name/value pairs are not.
    List<String> fileWords = new ArrayList<>();
    for (String word : a.subList(0, properties)) {
      ListValues.split(word, false, fileWords);
    }
    for (String word : fileWords) {
      if (word.equals("DIRECTORY") || word.equals("TARGET_DIRECTORY")) {
        call.unsupported(word + " scoping is not modelled; properties apply to this directory's component");
        break;
      }
      files.add(word);
    }
    List<String> pairs = a.subList(properties + 1, a.size());
    if (pairs.size() % 2 != 0) {
      call.unsupported("PROPERTIES needs name/value pairs; the last name is ignored");
    }
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      applySource(call, files, pairs.get(i), ListValues.split(pairs.get(i + 1), false), false);
    }
  }

  /** set_property(SOURCE|TARGET ... [APPEND] PROPERTY name values...). */
  private static void setProperty(CommandCall call) {
    List<String> a = call.listArgs();
    int property = a.indexOf("PROPERTY");
    if (a.isEmpty() || property < 0 || property + 1 >= a.size()) {
      call.unsupported("needs a scope and PROPERTY <name>; ignored");
      return;
    }
    String kind = a.get(0);
    boolean append = a.subList(1, property).contains("APPEND") || a.subList(1, property).contains("APPEND_STRING");
    List<String> subjects = new ArrayList<>();
    for (String word : a.subList(1, property)) {
      if (!word.equals("APPEND") && !word.equals("APPEND_STRING")) {
        subjects.add(word);
      }
    }
    String name = a.get(property + 1);
    List<String> values = new ArrayList<>(a.subList(property + 2, a.size()));
    switch (kind) {
      case "SOURCE" -> applySource(call, subjects, name, values, append);
      case "TARGET" -> applyTarget(call, subjects, name, values, append);
      default -> call.unsupported("set_property(" + kind + " ...) is not modelled; ignored");
    }
  }

  private static void applySource(CommandCall call, List<String> files, String property, List<String> values, boolean append) {
    ComponentState component = call.frame.component();
    if (!(property.equals("COMPILE_OPTIONS") || property.equals("COMPILE_FLAGS")
        || property.equals("COMPILE_DEFINITIONS") || property.equals("INCLUDE_DIRECTORIES"))) {
      if (!HARMLESS_SOURCE_PROPERTIES.contains(property)) {
        call.unsupported("source property " + property + " is not modelled; ignored");
      }
      return;
    }
    if (component == null) {
      call.unsupported("source properties set in the project directory do not reach component targets; ignored");
      return;
    }
    List<ScopedFlag> flags = new ArrayList<>();
    switch (property) {
      case "COMPILE_OPTIONS" -> FlagRecorder.options(call, flags, Scope.PRIVATE, values, null);
      case "COMPILE_FLAGS" -> FlagRecorder.options(call, flags, Scope.PRIVATE, ShellWords.split(String.join(" ", values)), null);
      case "COMPILE_DEFINITIONS" -> FlagRecorder.definitions(call, flags, Scope.PRIVATE, values, null);
      default -> FlagRecorder.includeDirectories(call, flags, Scope.PRIVATE, values);
    }
    for (String file : files) {
      Path path = call.resolve(file, call.sourceDir());
      Map<String, List<ScopedFlag>> byProperty =
          component.sourceProperties.computeIfAbsent(path, k -> new LinkedHashMap<>());
      List<ScopedFlag> list = byProperty.computeIfAbsent(property, k -> new ArrayList<>());
      if (!append) {
        list.clear();
      }
      list.addAll(flags);
    }
  }

  /** Only APPEND to the compile/link properties is modelled: a plain set would replace what ESP-IDF put there. */
  private static void applyTarget(CommandCall call, List<String> targets, String property, List<String> values, boolean append) {
    boolean iface = property.startsWith("INTERFACE_");
    String base = iface ? property.substring("INTERFACE_".length()) : property;
    Scope scope = iface ? Scope.INTERFACE : Scope.PRIVATE;
    boolean known = base.equals("COMPILE_OPTIONS") || base.equals("COMPILE_DEFINITIONS")
        || base.equals("INCLUDE_DIRECTORIES") || base.equals("LINK_OPTIONS") || base.equals("LINK_LIBRARIES");
    if (!known) {
      call.unsupported("target property " + property + " is not modelled; ignored");
      return;
    }
    if (!append) {
      call.unsupported("replacing target property " + property + " is not modelled; ignored (use APPEND)");
      return;
    }
    for (String target : targets) {
      ComponentState component = TargetCommands.component(call, target);
      if (component == null) {
        continue;
      }
      Scope effective = TargetCommands.effectiveScope(call, component, scope);
      if (effective == null) {
        continue;
      }
      switch (base) {
        case "COMPILE_OPTIONS" -> FlagRecorder.options(call, component.flags, effective, values, null);
        case "COMPILE_DEFINITIONS" -> FlagRecorder.definitions(call, component.flags, effective, values, null);
        case "INCLUDE_DIRECTORIES" -> FlagRecorder.includeDirectories(call, component.flags, effective, values);
        default -> {
          List<String> flags = new ArrayList<>();
          for (String v : values) {
            if (v.startsWith("-") || v.startsWith("LINKER:") || v.startsWith("SHELL:")) {
              flags.add(v);
            }
          }
          FlagRecorder.linkOptions(call, component.flags, effective, flags);
        }
      }
    }
  }

  private static void setTargetProperties(CommandCall call) {
    List<String> a = call.args();
    int properties = a.indexOf("PROPERTIES");
    if (properties < 0) {
      call.unsupported("no PROPERTIES given; ignored");
      return;
    }
    for (int i = properties + 1; i < a.size(); i += 2) {
      String name = a.get(i);
      if (name.contains("COMPILE") || name.contains("INCLUDE") || name.contains("LINK_OPTIONS")) {
        call.unsupported("target property " + name + " is not modelled; ignored");
      }
    }
  }

  /** Getters the model cannot answer: reported, and the output set to the "not found" value. */
  private static void getter(CommandCall call, int varIndex, String notFound) {
    String var = call.arg(varIndex);
    call.unsupported("property values are not modelled; '" + var + "' set to '" + notFound + "'");
    if (var != null) {
      String value = notFound.equals("NOTFOUND") ? var + "-NOTFOUND" : notFound;
      call.vars().set(var, value);
    }
  }
}
