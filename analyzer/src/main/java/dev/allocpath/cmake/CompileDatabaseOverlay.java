package dev.allocpath.cmake;

import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.Origin;
import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Replaces the CMake-derived preprocessor flags of units with what the compile database says the
 * real build used ({@code -D -U -I -iquote -include}; {@code -isystem} directories are the
 * toolchain's, not the project's). Membership stays CMake's: entries for files no component
 * compiles are ignored.
 */
final class CompileDatabaseOverlay {
  private final BuildSession session;
  private final ForcedIncludeResolver resolver;

  CompileDatabaseOverlay(BuildSession session) {
    this.session = session;
    this.resolver = new ForcedIncludeResolver(session.files);
  }

  /** The database to use: the one the options name, else build/compile_commands.json when present. */
  Path locate() {
    Path configured = session.options.compileDatabase();
    if (configured != null) {
      return configured.isAbsolute() ? configured.normalize() : session.root.resolve(configured).normalize();
    }
    Path standard = session.root.resolve("build").resolve("compile_commands.json");
    if (java.nio.file.Files.isRegularFile(standard) && !session.files.mayRead(standard)) {
      session.sink.warning(NotificationSink.OUTSIDE_ROOT, "compile database leads outside the project root (a symlink) "
          + "and was not read; CMake flags are used (name it with --compile-commands to use it)", "build/compile_commands.json", 1);
      return null;
    }
    return session.files.isFile(standard) ? standard : null;
  }

  /**
   * Returns the display path of the database when it was used, else null (units unchanged). A
   * database the options name is read wherever it is (build directories often live outside the
   * project); what it says about files and directories outside the project is still not used.
   */
  String apply(Path database, List<CompileUnit> units) {
    String display = session.files.display(database);
    if (!java.nio.file.Files.isRegularFile(database)) {
      session.sink.warning(NotificationSink.COMPILE_DB, "compile database does not exist; CMake flags are used", display, 1);
      return null;
    }
    Map<Path, CompileDatabase.Entry> entries = CompileDatabase.read(database, display, session.files, session.sink);
    if (entries == null) {
      return null;
    }
    for (int i = 0; i < units.size(); i++) {
      CompileDatabase.Entry entry = entries.get(units.get(i).source());
      if (entry != null) {
        units.set(i, overlay(units.get(i), entry, display));
      }
    }
    return display;
  }

  private CompileUnit overlay(CompileUnit unit, CompileDatabase.Entry entry, String display) {
    Origin origin = new Origin(display, entry.line());
    List<String> args = entry.arguments().isEmpty() ? List.of() : entry.arguments().subList(1, entry.arguments().size());
    List<CompileOptionParser.Parsed> parsed = CompileOptionParser.parseOptions(args, entry.directory(),
        message -> session.sink.unsupported("compile database: " + message, display, entry.line()));
    Map<String, String> defines = new LinkedHashMap<>();
    LinkedHashSet<String> undefines = new LinkedHashSet<>();
    LinkedHashSet<Path> includeDirs = new LinkedHashSet<>();
    List<String> forcedSpelled = new ArrayList<>();
    for (CompileOptionParser.Parsed p : parsed) {
      Flag flag = p.flag();
      if (flag instanceof Flag.Define d) {
        undefines.remove(d.name());
        defines.remove(d.name());
        defines.put(d.name(), d.value());
      } else if (flag instanceof Flag.Undefine u) {
        defines.remove(u.name());
        undefines.remove(u.name());
        undefines.add(u.name());
      } else if (flag instanceof Flag.IncludeDir d) {
        // Directories outside the project (ESP-IDF, toolchain) are not the project's to read.
        if (session.files.mayRead(d.dir())) {
          includeDirs.add(session.files.rebase(d.dir()));
        }
      } else if (flag instanceof Flag.ForcedInclude f) {
        forcedSpelled.add(f.spelled());
      }
    }
    List<Path> dirs = List.copyOf(includeDirs);
    List<ForcedInclude> forced = new ArrayList<>();
    for (String spelled : forcedSpelled) {
      Path file = resolver.resolve(spelled, entry.directory(), dirs, unit.virtualFiles());
      if (file == null) {
        session.sink.warning(NotificationSink.MISSING_FORCED_INCLUDE, "forced include '" + resolver.stableSpelling(spelled)
            + "' of '" + session.files.display(unit.source()) + "' not found", display, entry.line());
      }
      forced.add(new ForcedInclude(resolver.stableSpelling(spelled), file == null ? null : session.files.rebase(file), Scope.PRIVATE, origin));
    }
    return new CompileUnit(unit.source(), unit.component(), unit.language(), Collections.unmodifiableMap(defines),
        List.copyOf(undefines), dirs, List.copyOf(forced), unit.virtualFiles());
  }
}
