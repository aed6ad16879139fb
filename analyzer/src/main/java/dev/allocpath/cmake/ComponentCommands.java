package dev.allocpath.cmake;

import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ESP-IDF's component commands: idf_component_register (and the 3.x register_component),
 * idf_component_get_property, idf_component_optional_requires. Source and include directory
 * rules follow ESP-IDF's component.cmake: SRCS wins over SRC_DIRS, SRC_DIRS takes *.c, *.cpp
 * and *.S, EXCLUDE_SRCS applies to SRC_DIRS, include directories are relative to the component
 * and must exist.
 */
final class ComponentCommands {
  private ComponentCommands() {}

  private static final Set<String> REGISTER_OPTIONS = Set.of("WHOLE_ARCHIVE");
  private static final Set<String> REGISTER_SINGLE = Set.of("KCONFIG", "KCONFIG_PROJBUILD");
  private static final Set<String> REGISTER_MULTI =
      Set.of(
          "SRCS", "SRC_DIRS", "EXCLUDE_SRCS", "INCLUDE_DIRS", "PRIV_INCLUDE_DIRS", "LDFRAGMENTS", "REQUIRES",
          "PRIV_REQUIRES", "REQUIRED_IDF_TARGETS", "EMBED_FILES", "EMBED_TXTFILES");
  private static final List<String> SRC_DIR_EXTENSIONS = List.of(".c", ".cpp", ".S");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static void register(Map<String, CommandHandler> table) {
    table.put("idf_component_register", ComponentCommands::register);
    table.put("register_component", ComponentCommands::registerLegacy);
    table.put("register_config_only_component", ComponentCommands::registerLegacy);
    table.put("idf_component_get_property", ComponentCommands::getProperty);
    table.put("idf_component_optional_requires", ComponentCommands::optionalRequires);
  }

  private static void register(CommandCall call) {
    ArgumentParse parse = ArgumentParse.of(call.listArgs(), REGISTER_OPTIONS, REGISTER_SINGLE, REGISTER_MULTI);
    register(call, parse);
  }

  /** register_component(): reads the COMPONENT_* variables of ESP-IDF 3.x. */
  private static void registerLegacy(CommandCall call) {
    Variables vars = call.vars();
    List<String> args = new ArrayList<>();
    addLegacy(args, "SRCS", vars.get("COMPONENT_SRCS"));
    addLegacy(args, "SRC_DIRS", vars.get("COMPONENT_SRCDIRS"));
    addLegacy(args, "INCLUDE_DIRS", vars.get("COMPONENT_ADD_INCLUDEDIRS"));
    addLegacy(args, "PRIV_INCLUDE_DIRS", vars.get("COMPONENT_PRIV_INCLUDEDIRS"));
    addLegacy(args, "REQUIRES", vars.get("COMPONENT_REQUIRES"));
    addLegacy(args, "PRIV_REQUIRES", vars.get("COMPONENT_PRIV_REQUIRES"));
    addLegacy(args, "EMBED_FILES", vars.get("COMPONENT_EMBED_FILES"));
    addLegacy(args, "EMBED_TXTFILES", vars.get("COMPONENT_EMBED_TXTFILES"));
    addLegacy(args, "EXCLUDE_SRCS", vars.get("COMPONENT_SRCEXCLUDE"));
    register(call, ArgumentParse.of(args, REGISTER_OPTIONS, REGISTER_SINGLE, REGISTER_MULTI));
  }

  /** ESP-IDF 3.x lists were space-separated strings (spaces2list); both forms are accepted. */
  private static void addLegacy(List<String> args, String keyword, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    args.add(keyword);
    for (String item : ListValues.split(value, false)) {
      for (String word : WHITESPACE.split(item.trim())) {
        if (!word.isEmpty()) {
          args.add(word);
        }
      }
    }
  }

  private static void register(CommandCall call, ArgumentParse parse) {
    ComponentState component = call.frame.component();
    if (component == null) {
      call.unsupported("called outside a component directory; ignored");
      return;
    }
    if (component.registration != null) {
      call.note(NotificationSink.COMPONENT, "component '" + component.name + "' is registered again (first at "
          + component.registration + "); the settings are merged");
    }
    component.registration = call.origin();
    List<Path> sources = sources(call, component, parse);
    for (Path source : sources) {
      component.sources.add(new ComponentState.SourceEntry(source, call.origin()));
    }
    component.configOnly =
        sources.isEmpty() && parse.list("EMBED_FILES").isEmpty() && parse.list("EMBED_TXTFILES").isEmpty();
    Scope publicScope = component.configOnly ? Scope.INTERFACE : Scope.PUBLIC;
    includeDirs(call, component, parse.list("INCLUDE_DIRS"), publicScope);
    if (!component.configOnly) {
      includeDirs(call, component, parse.list("PRIV_INCLUDE_DIRS"), Scope.PRIVATE);
    }
    requirements(call, component, parse.list("REQUIRES"), true);
    if (!component.configOnly) {
      requirements(call, component, parse.list("PRIV_REQUIRES"), false);
    }
    Variables vars = call.vars();
    vars.set("COMPONENT_LIB", component.library());
    vars.set("COMPONENT_TARGET", component.library());
  }

  private static List<Path> sources(CommandCall call, ComponentState component, ArgumentParse parse) {
    LinkedHashSet<Path> sources = new LinkedHashSet<>();
    List<String> srcs = parse.list("SRCS");
    List<String> srcDirs = parse.list("SRC_DIRS");
    if (!srcs.isEmpty()) {
      if (!srcDirs.isEmpty()) {
        call.note(NotificationSink.COMPONENT, "SRCS and SRC_DIRS are both given; ESP-IDF ignores SRC_DIRS");
      }
      for (String src : srcs) {
        sources.add(call.resolve(src, component.dir));
      }
      return new ArrayList<>(sources);
    }
    for (String dir : srcDirs) {
      Path absolute = call.resolve(dir, component.dir);
      if (!call.session.files.mayRead(absolute)) {
        call.note(NotificationSink.OUTSIDE_ROOT, "SRC_DIRS entry '" + call.session.files.display(absolute) + "' is outside the project root and was not searched");
        continue;
      }
      if (!call.session.files.isDirectory(absolute)) {
        call.warning(NotificationSink.MISSING_SOURCE, "SRC_DIRS entry '" + dir + "' does not exist");
        continue;
      }
      sources.addAll(call.session.glob.listByExtension(absolute, SRC_DIR_EXTENSIONS));
    }
    for (String excluded : parse.list("EXCLUDE_SRCS")) {
      sources.remove(call.resolve(excluded, call.sourceDir()));
    }
    return new ArrayList<>(sources);
  }

  private static void includeDirs(CommandCall call, ComponentState component, List<String> dirs, Scope scope) {
    Path listDir = call.frame.listDir();
    for (String dir : dirs) {
      Path absolute = call.resolve(dir, listDir);
      if (!call.session.files.mayRead(absolute)) {
        call.note(NotificationSink.OUTSIDE_ROOT, "include directory '" + call.session.files.display(absolute) + "' is outside the project root; not used");
        continue;
      }
      if (!call.session.files.isDirectory(absolute)) {
        call.warning(NotificationSink.MISSING_INCLUDE_DIR, "include directory '" + dir + "' of component '"
            + component.name + "' does not exist");
        continue;
      }
      component.flags.add(new ScopedFlag(new Flag.IncludeDir(absolute, false), scope, null, call.origin(),
          ScopedFlag.Kind.INCLUDE_DIRECTORY));
    }
  }

  private static void requirements(CommandCall call, ComponentState component, List<String> names, boolean isPublic) {
    for (String entry : names) {
      // A quoted "a b c" is common in real projects and ESP-IDF's requirement expansion splits it.
      for (String name : WHITESPACE.split(entry.trim())) {
        if (!name.isEmpty() && !name.equals(component.name)) {
          component.requirements.add(new ComponentState.Requirement(name, isPublic, call.origin()));
        }
      }
    }
  }

  /** idf_component_get_property(var component property): the properties the model can know. */
  private static void getProperty(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 3) {
      call.unsupported("needs a variable, a component and a property; ignored");
      return;
    }
    String var = a.get(0);
    String name = a.get(1).startsWith("idf::") ? a.get(1).substring(5) : a.get(1);
    ComponentState component = call.session.components.get(name);
    String value = switch (a.get(2)) {
      case "COMPONENT_LIB" -> "__idf_" + name;
      case "COMPONENT_NAME" -> name;
      case "COMPONENT_ALIAS" -> "idf::" + name;
      case "COMPONENT_DIR" -> component == null ? null : component.dir.toString();
      default -> null;
    };
    if (value == null) {
      call.unsupported("property " + a.get(2) + " of component '" + name + "' is not known to the model; variable left empty");
      value = "";
    }
    call.vars().set(var, value);
  }

  /** idf_component_optional_requires(PRIVATE|PUBLIC comp...): a requirement when the component is in the build. */
  private static void optionalRequires(CommandCall call) {
    ComponentState component = call.frame.component();
    List<String> a = call.listArgs();
    if (component == null || a.isEmpty()) {
      call.unsupported("used outside a component or without arguments; ignored");
      return;
    }
    boolean isPublic = !a.get(0).equals("PRIVATE");
    for (String name : a.subList(1, a.size())) {
      if (call.session.components.containsKey(name) && !name.equals(component.name)) {
        component.requirements.add(new ComponentState.Requirement(name, isPublic, call.origin()));
      }
    }
  }
}
