package dev.allocpath.cmake;

import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Component;
import dev.allocpath.model.Define;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.IncludeDir;
import dev.allocpath.model.Language;
import dev.allocpath.model.LinkWrap;
import dev.allocpath.model.Scope;
import dev.allocpath.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the evaluated components into the model: {@link Component} records with what each
 * declared, and one {@link CompileUnit} per compiled source with what propagation gives it.
 * Command-line order follows CMake: definitions, then include directories, then options; within
 * each, build-wide settings, the component's own, its requirements', then the file's own.
 */
final class ModelAssembler {
  private static final Set<String> SOURCE_EXTENSIONS = Set.of("c", "cc", "cpp", "cxx", "c++", "C", "CPP");

  private final BuildSession session;
  private final ForcedIncludeResolver resolver;
  private final DependencyGraph graph;
  /** Every generated file of the scan: a forced include may name one written elsewhere. */
  private final Map<Path, String> allVirtualFiles = new HashMap<>();
  /** Component-level resolution of each forced-include flag (null when not found). */
  private final Map<ScopedFlag, Path> resolvedForced = new IdentityHashMap<>();
  private final Map<String, List<SourceFile>> sources = new HashMap<>();
  private final LibraryLinks libraries;
  /** The plain library each library source belongs to (a component's own sources are not here). */
  private final Map<Path, LibraryTarget> librarySources = new HashMap<>();

  ModelAssembler(BuildSession session) {
    this.session = session;
    this.resolver = new ForcedIncludeResolver(session.files);
    this.graph = new DependencyGraph(session.components);
    this.libraries = new LibraryLinks(session);
    allVirtualFiles.putAll(session.globals.virtualFiles);
    for (ComponentState c : session.components.values()) {
      allVirtualFiles.putAll(c.virtualFiles);
    }
  }

  /** Which plain libraries the components link. */
  LibraryLinks libraries() {
    return libraries;
  }

  List<Component> components() {
    List<Component> out = new ArrayList<>();
    for (ComponentState c : session.components.values()) {
      out.add(component(c));
    }
    return List.copyOf(out);
  }

  private Component component(ComponentState c) {
    List<IncludeDir> includeDirs = new ArrayList<>();
    Set<String> seenDirs = new LinkedHashSet<>();
    List<Path> searchDirs = searchDirs(c);
    List<Define> defines = new ArrayList<>();
    List<ForcedInclude> forced = new ArrayList<>();
    List<String> options = new ArrayList<>();
    List<LinkWrap> wraps = new ArrayList<>();
    for (ScopedFlag f : c.flags) {
      if (f.flag() instanceof Flag.IncludeDir d) {
        if (seenDirs.add(d.dir() + "|" + f.scope())) {
          includeDirs.add(new IncludeDir(d.dir(), f.scope(), f.origin()));
        }
      }
    }
    for (ScopedFlag f : c.flags) {
      Flag flag = f.flag();
      if (flag instanceof Flag.Define d) {
        defines.add(new Define(d.name(), d.value(), f.scope(), f.origin()));
      } else if (flag instanceof Flag.Undefine u) {
        options.add("-U" + u.name());
      } else if (flag instanceof Flag.ForcedInclude fi) {
        Path file = resolver.resolve(fi.spelled(), c.dir, searchDirs, allVirtualFiles);
        resolvedForced.put(f, file);
        if (file == null) {
          reportMissing(fi.spelled(), c.dir, f);
        }
        forced.add(new ForcedInclude(resolver.stableSpelling(fi.spelled()), file, f.scope(), f.origin()));
      } else if (flag instanceof Flag.Wrap w) {
        wraps.add(new LinkWrap(w.symbol(), f.scope(), f.origin()));
      } else if (flag instanceof Flag.Other o && f.kind() != ScopedFlag.Kind.LINK) {
        options.add(o.text());
      }
    }
    // idf_build_set_property(LINK_OPTIONS ...) reaches the one link of the whole program, so a
    // wrap declared there covers every component, as a PUBLIC wrap of any component would.
    for (ScopedFlag f : session.globals.flags()) {
      if (f.flag() instanceof Flag.Wrap w) {
        wraps.add(new LinkWrap(w.symbol(), Scope.INTERFACE, f.origin()));
      }
    }
    List<String> requires = new ArrayList<>();
    List<String> privateRequires = new ArrayList<>();
    for (ComponentState.Requirement r : c.requirements) {
      List<String> list = r.isPublic() ? requires : privateRequires;
      if (!list.contains(r.name())) {
        list.add(r.name());
      }
    }
    return new Component(
        c.name, c.dir, c.cmakeLists, c.registration, sources(c), List.copyOf(includeDirs), List.copyOf(defines),
        List.copyOf(forced), List.copyOf(options), List.copyOf(wraps), List.copyOf(requires),
        List.copyOf(privateRequires), Collections.unmodifiableMap(new TreeMap<>(c.virtualFiles)));
  }

  /**
   * Where a forced include declared by the component is looked for: every include directory the
   * component declares, then the ones its requirements and the build give it.
   */
  private List<Path> searchDirs(ComponentState c) {
    LinkedHashSet<Path> dirs = new LinkedHashSet<>();
    addIncludeDirs(c.flags, false, dirs);
    for (ComponentState d : graph.contributors(c.name)) {
      addIncludeDirs(d.flags, true, dirs);
    }
    addIncludeDirs(session.globals.flags(), false, dirs);
    return List.copyOf(dirs);
  }

  private static void addIncludeDirs(List<ScopedFlag> flags, boolean propagatingOnly, Set<Path> out) {
    for (ScopedFlag f : flags) {
      if (f.flag() instanceof Flag.IncludeDir d && (!propagatingOnly || f.scope().propagates())) {
        out.add(d.dir());
      }
    }
  }

  private void reportMissing(String spelled, Path firstDir, ScopedFlag f) {
    Path written = CompileOptionParser.resolve(firstDir, spelled);
    if (!session.files.mayRead(written)) {
      session.sink.note(NotificationSink.OUTSIDE_ROOT, "forced include '" + session.files.display(written)
          + "' is outside the project root and was not read", f.origin().path(), f.origin().line());
    } else {
      session.sink.warning(NotificationSink.MISSING_FORCED_INCLUDE, "forced include '" + resolver.stableSpelling(spelled)
          + "' not found", f.origin().path(), f.origin().line());
    }
  }

  /** The compiled sources: C/C++ files only, existing, inside the project unless allowed, sorted. */
  private List<SourceFile> sources(ComponentState c) {
    return sources.computeIfAbsent(c.name, k -> {
      Map<Path, ComponentState.SourceEntry> unique = new LinkedHashMap<>();
      for (ComponentState.SourceEntry e : c.sources) {
        Path file = e.file().normalize();
        if (isCompilable(file)) {
          unique.putIfAbsent(file, e);
        }
      }
      // Plain libraries the component links end up in its archive: their sources are its units.
      for (LibraryTarget library : libraries.compiledBy(c)) {
        for (ComponentState.SourceEntry e : library.sources) {
          Path file = e.file().normalize();
          if (isCompilable(file) && unique.putIfAbsent(file, e) == null) {
            librarySources.put(file, library);
          }
        }
      }
      List<SourceFile> out = new ArrayList<>();
      for (Map.Entry<Path, ComponentState.SourceEntry> e : unique.entrySet()) {
        Path file = e.getKey();
        ComponentState.SourceEntry entry = e.getValue();
        String display = session.files.display(file);
        if (!session.files.mayRead(file)) {
          // A warning, not a note: the build compiles this file and its findings would be missed.
          session.sink.warning(NotificationSink.OUTSIDE_ROOT, "source '" + display + "' of component '" + c.name
              + "' is outside the project root and was not read (--allow-outside-root reads it)",
              entry.origin().path(), entry.origin().line());
        } else if (!allVirtualFiles.containsKey(file) && !session.files.isFile(file)
            && session.generatedFiles.containsKey(file)) {
          // Written at build time by a custom command: the note there already says it is not analysed.
          continue;
        } else if (!allVirtualFiles.containsKey(file) && !session.files.isFile(file)) {
          session.sink.warning(NotificationSink.MISSING_SOURCE, "source file '" + display + "' of component '"
              + c.name + "' does not exist", entry.origin().path(), entry.origin().line());
        } else {
          out.add(new SourceFile(file, entry.origin()));
        }
      }
      out.sort(Comparator.comparing((SourceFile s) -> session.files.display(s.file())));
      return List.copyOf(out);
    });
  }

  static boolean isCompilable(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /** A flag and the directory a relative {@code -include} in it is looked up from first. */
  private record Contribution(ScopedFlag flag, Path declaringDir, boolean resolvedAtComponent) {}

  /** The preprocessor part of a unit; shared by all sources of a component without file properties. */
  private record UnitFlags(Map<String, String> defines, List<String> undefines, List<Path> includeDirs,
      List<ForcedInclude> forcedIncludes) {}

  List<CompileUnit> units() {
    List<CompileUnit> out = new ArrayList<>();
    for (ComponentState c : session.components.values()) {
      List<ComponentState> contributors = graph.contributors(c.name);
      Map<Path, String> virtualFiles = new TreeMap<>(session.globals.virtualFiles);
      virtualFiles.putAll(c.virtualFiles);
      for (ComponentState d : contributors) {
        d.virtualFiles.forEach(virtualFiles::putIfAbsent);
      }
      Map<Path, String> unitVirtual = Collections.unmodifiableMap(virtualFiles);
      Map<Language, List<Contribution>> base = new EnumMap<>(Language.class);
      Map<Language, UnitFlags> shared = new EnumMap<>(Language.class);
      Map<String, UnitFlags> libraryShared = new HashMap<>();
      for (SourceFile source : sources(c)) {
        Path file = source.file();
        Language language = Language.ofSource(file.getFileName().toString());
        List<Contribution> common = base.computeIfAbsent(language, l -> contributions(c, contributors, l));
        Map<String, List<ScopedFlag>> fileProperties = c.sourceProperties.get(file);
        LibraryTarget library = librarySources.get(file);
        UnitFlags flags;
        if (library != null) {
          flags = libraryShared.computeIfAbsent(library.name + "|" + language, k -> unitFlags(libraryContributions(library, language)));
        } else if (fileProperties == null) {
          flags = shared.computeIfAbsent(language, l -> unitFlags(common));
        } else {
          List<Contribution> all = new ArrayList<>(common);
          for (List<ScopedFlag> list : fileProperties.values()) {
            for (ScopedFlag f : list) {
              if (f.appliesTo(language)) {
                all.add(new Contribution(f, c.dir, false));
              }
            }
          }
          flags = unitFlags(all);
        }
        out.add(new CompileUnit(file, c.name, language, flags.defines(), flags.undefines(), flags.includeDirs(),
            flags.forcedIncludes(), unitVirtual));
      }
    }
    out.sort(Comparator.comparing((CompileUnit u) -> session.files.display(u.source())).thenComparing(CompileUnit::component));
    return List.copyOf(out);
  }

  /** Build-wide flags, the component's own, then what its requirements pass on, for one language. */
  private List<Contribution> contributions(ComponentState c, List<ComponentState> contributors, Language language) {
    List<Contribution> flags = new ArrayList<>();
    for (ScopedFlag f : session.globals.flags()) {
      if (f.appliesTo(language)) {
        flags.add(new Contribution(f, session.root, false));
      }
    }
    for (ScopedFlag f : c.flags) {
      if (f.scope().appliesToSelf() && f.appliesTo(language)) {
        flags.add(new Contribution(f, c.dir, true));
      }
    }
    for (ComponentState d : contributors) {
      for (ScopedFlag f : d.flags) {
        if (f.scope().propagates() && f.appliesTo(language)) {
          flags.add(new Contribution(f, d.dir, true));
        }
      }
    }
    // Usage requirements of the plain libraries the component links (any scope), and of those its
    // requirements link PUBLIC or INTERFACE.
    addUsage(libraries.usageOf(c.libraryLinks), language, flags);
    for (ComponentState d : contributors) {
      addUsage(libraries.publicUsageOf(d), language, flags);
    }
    return flags;
  }

  /**
   * A plain library's unit: build-wide flags, the directory-level flags of where it is defined,
   * its own PRIVATE and PUBLIC settings, then what its links pass on. The linking component's own
   * settings do not reach it, as in CMake.
   */
  private List<Contribution> libraryContributions(LibraryTarget library, Language language) {
    List<Contribution> flags = new ArrayList<>();
    for (ScopedFlag f : session.globals.flags()) {
      if (f.appliesTo(language)) {
        flags.add(new Contribution(f, session.root, false));
      }
    }
    addUsage(libraries.directoryUsage(library), language, flags);
    for (ScopedFlag f : library.flags) {
      if (f.scope().appliesToSelf() && f.appliesTo(language)) {
        flags.add(new Contribution(f, library.sourceDir, false));
      }
    }
    addUsage(libraries.usageOf(library.links), language, flags);
    return flags;
  }

  private static void addUsage(List<LibraryLinks.Usage> usage, Language language, List<Contribution> into) {
    for (LibraryLinks.Usage u : usage) {
      if (u.flag().appliesTo(language)) {
        into.add(new Contribution(u.flag(), u.dir(), false));
      }
    }
  }

  private UnitFlags unitFlags(List<Contribution> flags) {
    Map<String, String> defines = new LinkedHashMap<>();
    LinkedHashSet<String> undefines = new LinkedHashSet<>();
    applyDefines(flags, ScopedFlag.Kind.DEFINITION, defines, undefines);
    applyDefines(flags, ScopedFlag.Kind.OPTION, defines, undefines);

    LinkedHashSet<Path> includeDirs = new LinkedHashSet<>();
    collectIncludeDirs(flags, ScopedFlag.Kind.INCLUDE_DIRECTORY, includeDirs);
    collectIncludeDirs(flags, ScopedFlag.Kind.OPTION, includeDirs);
    List<Path> dirs = List.copyOf(includeDirs);

    List<ForcedInclude> forced = new ArrayList<>();
    for (Contribution contribution : flags) {
      ScopedFlag f = contribution.flag();
      if (f.kind() == ScopedFlag.Kind.OPTION && f.flag() instanceof Flag.ForcedInclude fi) {
        Path file = contribution.resolvedAtComponent() ? resolvedForced.get(f) : null;
        if (file == null) {
          file = resolver.resolve(fi.spelled(), contribution.declaringDir(), dirs, allVirtualFiles);
        }
        if (file == null && !contribution.resolvedAtComponent()) {
          reportMissing(fi.spelled(), contribution.declaringDir(), f);
        }
        forced.add(new ForcedInclude(resolver.stableSpelling(fi.spelled()), file, f.scope(), f.origin()));
      }
    }
    return new UnitFlags(Collections.unmodifiableMap(defines), List.copyOf(undefines), dirs, List.copyOf(forced));
  }

  /** Applies -D/-U in order; the last word on a name wins, as on a gcc command line. */
  static void applyDefines(List<Contribution> flags, ScopedFlag.Kind kind, Map<String, String> defines, Set<String> undefines) {
    for (Contribution contribution : flags) {
      ScopedFlag f = contribution.flag();
      if (f.kind() != kind) {
        continue;
      }
      if (f.flag() instanceof Flag.Define d) {
        undefines.remove(d.name());
        defines.remove(d.name());
        defines.put(d.name(), d.value());
      } else if (f.flag() instanceof Flag.Undefine u) {
        defines.remove(u.name());
        undefines.remove(u.name());
        undefines.add(u.name());
      }
    }
  }

  private static void collectIncludeDirs(List<Contribution> flags, ScopedFlag.Kind kind, Set<Path> out) {
    for (Contribution contribution : flags) {
      ScopedFlag f = contribution.flag();
      if (f.kind() == kind && f.flag() instanceof Flag.IncludeDir d) {
        out.add(d.dir());
      }
    }
  }
}
