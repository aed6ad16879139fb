package dev.allocpath.cmake;

import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Coverage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out what the build leaves out (see {@link Coverage}): why each component compiles nothing,
 * the C/C++ files under component directories that no unit compiles, and the directories ESP-IDF
 * builds but the scan skips by default. Reads directory listings and CMake files only.
 */
final class CoverageCounter {
  /** Enough for any real firmware; a runaway tree (or a link farm) must not make the scan walk forever. */
  static final int MAX_FILES_WALKED = 200_000;

  private static final Set<String> REGISTER_COMMANDS =
      Set.of("idf_component_register", "register_component", "register_config_only_component");

  /** Directories ESP-IDF builds as components but the scan skips unless asked, and the option that asks. */
  private static final Map<String, String> OPTIONAL_DIRS = Map.of("main", "--with-main", "managed_components", "--with-managed");

  private final BuildSession session;
  private int walked;

  CoverageCounter(BuildSession session) {
    this.session = session;
  }

  Coverage count(List<CompileUnit> units, LibraryLinks libraries) {
    Map<String, Integer> unitsByComponent = new HashMap<>();
    Set<Path> compiled = new HashSet<>();
    for (CompileUnit unit : units) {
      unitsByComponent.merge(unit.component(), 1, Integer::sum);
      compiled.add(unit.source());
    }
    List<Coverage.ComponentCoverage> components = new ArrayList<>();
    for (ComponentState c : session.components.values()) {
      int n = unitsByComponent.getOrDefault(c.name, 0);
      components.add(new Coverage.ComponentCoverage(c.name, session.files.display(c.dir), n,
          n > 0 ? null : whyNothing(c, libraries)));
    }
    for (LibraryTarget library : libraries.unlinked()) {
      long sources = library.sources.stream().filter(s -> ModelAssembler.isCompilable(s.file())).count();
      if (sources > 0) {
        session.sink.note(NotificationSink.NOT_ANALYSED, "library '" + library.name + "' is linked by no component:"
            + " its " + sources + (sources == 1 ? " source is" : " sources are") + " not compiled into the firmware"
            + " and not analysed", library.origin.path(), library.origin.line());
      }
    }
    return new Coverage(components, uncompiled(compiled), skipped(), 0, 0);
  }

  /** Why a component has no unit, in the words of the coverage line. */
  private String whyNothing(ComponentState c, LibraryLinks libraries) {
    if (c.registration == null) {
      if (callsRegister(session.program(c.cmakeLists))) {
        return "condition false";
      }
      return mentionsRegister(c.cmakeLists) ? "commented out" : "no idf_component_register";
    }
    boolean listsSources = c.sources.stream().anyMatch(s -> ModelAssembler.isCompilable(s.file()))
        || libraries.compiledBy(c).stream().anyMatch(l -> !l.sources.isEmpty());
    if (listsSources) {
      return "sources missing";
    }
    return c.prebuiltLibraries.isEmpty() ? "header-only" : "prebuilt only";
  }

  /** Whether the file calls a register command anywhere (in a branch not taken, a loop, a function). */
  private static boolean callsRegister(List<Statement> body) {
    for (Statement s : body) {
      if (REGISTER_COMMANDS.contains(s.command().name())) {
        return true;
      }
      List<List<Statement>> nested = List.of();
      if (s instanceof Statement.IfBlock b) {
        nested = b.branches().stream().map(Statement.Branch::body).toList();
      } else if (s instanceof Statement.Loop l) {
        nested = List.of(l.body());
      } else if (s instanceof Statement.Definition d) {
        nested = List.of(d.body());
      } else if (s instanceof Statement.Block b) {
        nested = List.of(b.body());
      }
      for (List<Statement> inner : nested) {
        if (callsRegister(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text names a register command although no command calls it: it is in a comment. */
  private boolean mentionsRegister(Path cmakeLists) {
    try {
      String text = Files.readString(cmakeLists, java.nio.charset.StandardCharsets.ISO_8859_1);
      return REGISTER_COMMANDS.stream().anyMatch(text::contains);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** C/C++ files under the component roots and component directories that no unit compiles. */
  private List<String> uncompiled(Set<Path> compiled) {
    Set<Path> dirs = new LinkedHashSet<>();
    for (String root : session.options.componentRoots()) {
      Path dir = CompileOptionParser.resolve(session.root, root);
      if (!dir.equals(session.root)) {
        dirs.add(dir);
      }
    }
    for (ComponentState c : session.components.values()) {
      dirs.add(c.dir);
    }
    TreeSet<String> out = new TreeSet<>();
    for (Path dir : dirs) {
      for (Path file : sourcesUnder(dir)) {
        if (!compiled.contains(file)) {
          out.add(session.files.display(file));
        }
      }
    }
    return List.copyOf(out);
  }

  /** main/ and managed_components/ when the scan left them out and they hold sources. */
  private List<Coverage.SkippedDirectory> skipped() {
    List<Coverage.SkippedDirectory> out = new ArrayList<>();
    for (String name : new TreeSet<>(OPTIONAL_DIRS.keySet())) {
      Path dir = session.root.resolve(name);
      boolean taken = session.components.values().stream().anyMatch(c -> c.dir.startsWith(dir));
      if (taken || !session.files.isDirectory(dir)) {
        continue;
      }
      int sources = sourcesUnder(dir).size();
      if (sources > 0) {
        out.add(new Coverage.SkippedDirectory(name + "/", sources, OPTIONAL_DIRS.get(name)));
      }
    }
    return out;
  }

  /** Compilable files below {@code dir}, without following links out of it or into dot-directories and build/. */
  private List<Path> sourcesUnder(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!session.files.isDirectory(dir)) {
      return out;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          boolean hidden = !d.equals(dir) && (name.startsWith(".") || name.equals("build"));
          return hidden || walked >= MAX_FILES_WALKED ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          walked++;
          if (attrs.isRegularFile() && ModelAssembler.isCompilable(file)) {
            out.add(file.normalize());
          }
          return walked >= MAX_FILES_WALKED ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | SecurityException e) {
      // An unreadable directory: its files count as not found; the model already says what it could not read.
    }
    return out;
  }
}
