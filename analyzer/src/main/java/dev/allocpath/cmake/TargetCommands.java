package dev.allocpath.cmake;

import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * target_* commands on component libraries and the directory-level add_* commands. In a component
 * CMakeLists.txt a directory-level setting reaches only that component's library (PRIVATE); in the
 * project CMakeLists.txt, before project(), it reaches every component.
 */
final class TargetCommands {
  private TargetCommands() {}

  /** What a target_* command records. */
  private enum What {
    DEFINITIONS,
    OPTIONS,
    INCLUDE_DIRECTORIES,
    LINK_OPTIONS,
    PRECOMPILE_HEADERS
  }

  private static final Set<String> POSITION_KEYWORDS = Set.of("BEFORE", "AFTER", "SYSTEM");

  static void register(Map<String, CommandHandler> table) {
    table.put("target_compile_definitions", c -> target(c, What.DEFINITIONS));
    table.put("target_compile_options", c -> target(c, What.OPTIONS));
    table.put("target_include_directories", c -> target(c, What.INCLUDE_DIRECTORIES));
    table.put("target_link_options", c -> target(c, What.LINK_OPTIONS));
    table.put("target_precompile_headers", c -> target(c, What.PRECOMPILE_HEADERS));
    table.put("target_link_libraries", TargetCommands::linkLibraries);
    table.put("target_sources", TargetCommands::sources);
    table.put("add_definitions", c -> directory(c, What.DEFINITIONS, true));
    table.put("add_compile_definitions", c -> directory(c, What.DEFINITIONS, false));
    table.put("add_compile_options", c -> directory(c, What.OPTIONS, false));
    table.put("include_directories", c -> directory(c, What.INCLUDE_DIRECTORIES, false));
    table.put("add_link_options", c -> directory(c, What.LINK_OPTIONS, false));
    table.put("link_libraries", c -> directory(c, What.LINK_OPTIONS, false));
    // ESP-IDF 3.x compatibility wrappers around target_compile_options/definitions(PRIVATE).
    table.put("component_compile_options", c -> legacyComponent(c, What.OPTIONS));
    table.put("component_compile_definitions", c -> legacyComponent(c, What.DEFINITIONS));
  }

  /** The component a target argument names; null (after a notification) otherwise. */
  static ComponentState component(CommandCall call, String target) {
    ComponentState component = call.session.componentByTarget(target);
    if (component == null) {
      call.unsupported("target '" + target + "' is not a component library or a library defined in the project; ignored");
    }
    return component;
  }

  /** A scope keyword and the items that follow it. */
  record Segment(Scope scope, List<String> items) {}

  /**
   * Splits {@code [BEFORE|SYSTEM] PRIVATE a b PUBLIC c} into scope segments. Items before the first
   * keyword go into a segment with a null scope.
   */
  static List<Segment> segments(List<String> args) {
    List<Segment> out = new ArrayList<>();
    Scope scope = null;
    List<String> current = new ArrayList<>();
    boolean leading = true;
    for (String arg : args) {
      Scope keyword = scopeKeyword(arg);
      if (keyword != null) {
        if (!current.isEmpty() || scope != null) {
          out.add(new Segment(scope, current));
        }
        scope = keyword;
        current = new ArrayList<>();
        leading = false;
      } else if (leading && POSITION_KEYWORDS.contains(arg)) {
        continue;
      } else {
        current.add(arg);
      }
    }
    if (!current.isEmpty() || scope != null) {
      out.add(new Segment(scope, current));
    }
    return out;
  }

  private static Scope scopeKeyword(String arg) {
    return switch (arg) {
      case "PRIVATE", "LINK_PRIVATE" -> Scope.PRIVATE;
      case "PUBLIC", "LINK_PUBLIC" -> Scope.PUBLIC;
      case "INTERFACE", "LINK_INTERFACE_LIBRARIES" -> Scope.INTERFACE;
      default -> null;
    };
  }

  /**
   * A component registered without sources is an INTERFACE library in ESP-IDF: PUBLIC settings only
   * reach its dependents, and PRIVATE ones are rejected by CMake (reported, dropped here).
   */
  static Scope effectiveScope(CommandCall call, ComponentState component, Scope scope) {
    if (!component.configOnly || component.registration == null) {
      return scope;
    }
    if (scope == Scope.PRIVATE) {
      call.unsupported("component '" + component.name
          + "' has no sources (INTERFACE library); PRIVATE settings do not apply and are ignored");
      return null;
    }
    return Scope.INTERFACE;
  }

  /** The component a target_* command names first; null (reported) when there is none. */
  private static ComponentState targetComponent(CommandCall call, List<String> args) {
    if (args.isEmpty()) {
      call.unsupported("no target given; ignored");
      return null;
    }
    return component(call, args.get(0));
  }

  private static void target(CommandCall call, What what) {
    List<String> a = call.listArgs();
    LibraryTarget library = a.isEmpty() ? null : call.session.libraryByTarget(a.get(0));
    if (library != null) {
      for (Segment segment : segments(a.subList(1, a.size()))) {
        if (segment.scope() == null) {
          if (!segment.items().isEmpty()) {
            call.unsupported("items without PRIVATE/PUBLIC/INTERFACE are ignored: " + String.join(" ", segment.items()));
          }
          continue;
        }
        record(call, library.flags, library.effectiveScope(segment.scope()), segment.items(), what);
      }
      return;
    }
    ComponentState component = targetComponent(call, a);
    if (component == null) {
      return;
    }
    for (Segment segment : segments(a.subList(1, a.size()))) {
      if (segment.scope() == null) {
        if (!segment.items().isEmpty()) {
          call.unsupported("items without PRIVATE/PUBLIC/INTERFACE are ignored: " + String.join(" ", segment.items()));
        }
        continue;
      }
      Scope scope = effectiveScope(call, component, segment.scope());
      if (scope != null) {
        record(call, component.flags, scope, segment.items(), what);
      }
    }
  }

  private static void record(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items, What what) {
    switch (what) {
      case DEFINITIONS -> FlagRecorder.definitions(call, into, scope, items, null);
      case OPTIONS -> FlagRecorder.options(call, into, scope, items, null);
      case INCLUDE_DIRECTORIES -> FlagRecorder.includeDirectories(call, into, scope, items);
      case LINK_OPTIONS -> FlagRecorder.linkOptions(call, into, scope, items);
      case PRECOMPILE_HEADERS -> precompileHeaders(call, into, scope, items);
    }
  }

  /**
   * CMake compiles precompiled headers into a header it force-includes, so each listed project
   * header acts as a {@code -include}. System headers ({@code <vector>}) are not project files.
   */
  private static void precompileHeaders(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items) {
    if (!items.isEmpty() && items.get(0).equals("REUSE_FROM")) {
      call.unsupported("REUSE_FROM is not modelled; ignored");
      return;
    }
    for (String header : items) {
      if (header.startsWith("<") || GeneratorExpressions.contains(header)) {
        continue;
      }
      String spelled = header.startsWith("\"") && header.endsWith("\"") && header.length() > 1
          ? header.substring(1, header.length() - 1) : header;
      String absolute = call.resolve(spelled, call.sourceDir()).toString();
      into.add(new ScopedFlag(new Flag.ForcedInclude(absolute), scope, null, call.origin(), ScopedFlag.Kind.OPTION));
    }
  }

  /** Linker flags are recorded; links to other project components add requirements. */
  private static void linkLibraries(CommandCall call) {
    List<String> a = call.listArgs();
    LibraryTarget library = a.isEmpty() ? null : call.session.libraryByTarget(a.get(0));
    if (library != null) {
      linkLibraryLibraries(call, library, a);
      return;
    }
    ComponentState component = targetComponent(call, a);
    if (component == null) {
      return;
    }
    for (Segment segment : segments(a.subList(1, a.size()))) {
      // The keyword-less signature makes link dependencies transitive, like PUBLIC.
      Scope scope = effectiveScope(call, component, segment.scope() == null ? Scope.PUBLIC : segment.scope());
      if (scope == null) {
        continue;
      }
      List<String> flags = new ArrayList<>();
      for (String item : segment.items()) {
        if (item.equals("debug") || item.equals("optimized") || item.equals("general")) {
          continue;
        }
        if (item.startsWith("-") || item.startsWith("LINKER:") || item.startsWith("SHELL:")
            || GeneratorExpressions.contains(item)) {
          flags.add(item);
          continue;
        }
        ComponentState dependency = call.session.componentByTarget(item);
        if (dependency != null && dependency != component) {
          component.requirements.add(
              new ComponentState.Requirement(dependency.name, scope != Scope.PRIVATE, call.origin()));
        } else if (dependency == null) {
          // Maybe a plain library (it may be defined later, as CMake allows); the model resolves it
          // when it is assembled. Others (libm, IDF components outside the project) carry no
          // settings the model could know.
          component.libraryLinks.add(new LibraryTarget.Link(item, scope, call.origin()));
        }
      }
      if (!flags.isEmpty()) {
        FlagRecorder.linkOptions(call, component.flags, scope, flags);
      }
    }
  }

  /** A plain library's links: other plain libraries and components; link flags carry nothing to analyse. */
  private static void linkLibraryLibraries(CommandCall call, LibraryTarget library, List<String> a) {
    for (Segment segment : segments(a.subList(1, a.size()))) {
      Scope scope = library.effectiveScope(segment.scope() == null ? Scope.PUBLIC : segment.scope());
      for (String item : segment.items()) {
        if (item.equals("debug") || item.equals("optimized") || item.equals("general") || item.startsWith("-")
            || item.startsWith("LINKER:") || item.startsWith("SHELL:") || GeneratorExpressions.contains(item)) {
          continue;
        }
        library.links.add(new LibraryTarget.Link(item, scope, call.origin()));
      }
    }
  }

  private static void sources(CommandCall call) {
    List<String> a = call.listArgs();
    LibraryTarget library = a.isEmpty() ? null : call.session.libraryByTarget(a.get(0));
    if (library != null) {
      for (Segment segment : segments(a.subList(1, a.size()))) {
        if (segment.scope() == Scope.INTERFACE || segment.scope() == null) {
          if (!segment.items().isEmpty()) {
            call.unsupported("INTERFACE sources (compiled by the libraries that link '" + library.name
                + "') are not modelled; ignored");
          }
          continue;
        }
        segment.items().forEach(file -> LibraryCommands.addSource(call, library, file));
      }
      return;
    }
    ComponentState component = targetComponent(call, a);
    if (component == null) {
      return;
    }
    for (Segment segment : segments(a.subList(1, a.size()))) {
      if (segment.scope() == Scope.INTERFACE || segment.scope() == null) {
        if (!segment.items().isEmpty()) {
          call.unsupported("sources without PRIVATE/PUBLIC are not compiled by the component; ignored");
        }
        continue;
      }
      for (String file : segment.items()) {
        component.sources.add(new ComponentState.SourceEntry(call.resolve(file, call.sourceDir()), call.origin()));
      }
    }
  }

  private static void directory(CommandCall call, What what, boolean legacyDefinitions) {
    List<String> items = new ArrayList<>(call.listArgs());
    if (what == What.INCLUDE_DIRECTORIES) {
      items.removeIf(POSITION_KEYWORDS::contains);
    }
    ComponentState component = call.frame.component();
    Path here = call.sourceDir();
    List<ScopedFlag> into;
    boolean subdirectory = component != null && !here.equals(component.dir);
    if (subdirectory) {
      // In a subdirectory (add_subdirectory): only that directory's targets get these.
      into = call.session.directoryFlags.computeIfAbsent(here, k -> new ArrayList<>());
    } else if (component != null) {
      into = component.flags;
    } else if (!call.session.projectCalled) {
      into = new ArrayList<>();
    } else {
      call.unsupported("after project() this reaches only targets of the project directory, not components; ignored");
      return;
    }
    int before = into.size();
    if (legacyDefinitions) {
      FlagRecorder.legacyDefinitions(call, into, Scope.PRIVATE, items);
    } else {
      record(call, into, Scope.PRIVATE, items, what);
    }
    if (component == null) {
      call.session.globals.add("DIRECTORY:" + call.name(), into, true);
    } else if (!subdirectory) {
      // The component directory's settings also reach plain libraries defined in it or below.
      call.session.directoryFlags.computeIfAbsent(here, k -> new ArrayList<>())
          .addAll(into.subList(before, into.size()));
    }
  }

  private static void legacyComponent(CommandCall call, What what) {
    ComponentState component = call.frame.component();
    if (component == null) {
      call.unsupported("used outside a component; ignored");
      return;
    }
    Scope scope = effectiveScope(call, component, Scope.PRIVATE);
    if (scope != null) {
      record(call, component.flags, scope, call.listArgs(), what);
    }
  }
}
