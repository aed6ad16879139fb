package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Targets other than component libraries: add_library() (plain libraries a component may link),
 * add_prebuilt_library() and IMPORTED libraries (archives: nothing to analyse), and the files
 * add_custom_command()/add_custom_target() generate at build time (not analysed either). What is
 * not analysed is said once, as a note with the place that declares it.
 */
final class LibraryCommands {
  private LibraryCommands() {}

  private static final Set<String> LIBRARY_FLAGS = Set.of("EXCLUDE_FROM_ALL", "GLOBAL");

  static void register(Map<String, CommandHandler> table) {
    table.put("add_library", LibraryCommands::addLibrary);
    table.put("add_prebuilt_library", LibraryCommands::addPrebuilt);
    table.put("add_custom_command", LibraryCommands::customCommand);
    table.put("add_custom_target", LibraryCommands::customTarget);
  }

  /** add_library(name [STATIC|SHARED|MODULE|OBJECT|INTERFACE] [EXCLUDE_FROM_ALL] sources...), ALIAS, IMPORTED. */
  private static void addLibrary(CommandCall call) {
    List<String> a = call.listArgs();
    if (a.isEmpty()) {
      call.unsupported("no target name given; ignored");
      return;
    }
    String name = a.get(0);
    List<String> rest = a.subList(1, a.size());
    if (rest.contains("ALIAS")) {
      int at = rest.indexOf("ALIAS");
      if (at + 1 < rest.size()) {
        call.session.libraryAliases.put(name, rest.get(at + 1));
      }
      return;
    }
    if (rest.contains("IMPORTED")) {
      prebuilt(call, name, null);
      return;
    }
    if (call.session.componentByTarget(name) != null || call.session.libraries.containsKey(name)) {
      call.unsupported("target '" + name + "' is already defined; ignored");
      return;
    }
    LibraryTarget.Kind kind = LibraryTarget.Kind.STATIC;
    int first = 0;
    if (!rest.isEmpty()) {
      try {
        kind = LibraryTarget.Kind.valueOf(rest.get(0));
        first = 1;
      } catch (IllegalArgumentException notAType) {
        // No type: a STATIC library, as with BUILD_SHARED_LIBS unset (ESP-IDF never sets it).
      }
    }
    LibraryTarget library = new LibraryTarget(name, kind, call.origin(), call.sourceDir(), call.frame.component());
    call.session.libraries.put(name, library);
    for (String source : rest.subList(first, rest.size())) {
      if (LIBRARY_FLAGS.contains(source)) {
        continue;
      }
      addSource(call, library, source);
    }
  }

  /** A source of a plain library, relative to the current source directory. */
  static void addSource(CommandCall call, LibraryTarget library, String source) {
    if (GeneratorExpressions.contains(source)) {
      call.unsupported("source '" + source + "' of library '" + library.name
          + "' is a generator expression; not analysed");
      return;
    }
    library.sources.add(new ComponentState.SourceEntry(call.resolve(source, call.sourceDir()), call.origin()));
  }

  /** add_prebuilt_library(name lib_path [REQUIRES ...] [PRIV_REQUIRES ...]) (ESP-IDF). */
  private static void addPrebuilt(CommandCall call) {
    List<String> a = call.listArgs();
    if (a.isEmpty()) {
      call.unsupported("no target name given; ignored");
      return;
    }
    prebuilt(call, a.get(0), a.size() > 1 ? a.get(1) : null);
  }

  private static void prebuilt(CommandCall call, String name, String archive) {
    ComponentState component = call.frame.component();
    if (component != null) {
      component.prebuiltLibraries.add(name);
    }
    String where = archive == null ? ""
        : " (" + call.session.files.display(call.resolve(archive, call.sourceDir())) + ")";
    call.note(NotificationSink.NOT_ANALYSED, "prebuilt library '" + name + "'" + where
        + " has no sources to analyse");
  }

  /** add_custom_command(OUTPUT files... COMMAND ...): the outputs are generated at build time. */
  private static void customCommand(CommandCall call) {
    List<String> a = call.listArgs();
    if (a.isEmpty() || !a.get(0).equals("OUTPUT")) {
      // The TARGET form adds build steps to a target; it generates no source.
      return;
    }
    generated(call, a.subList(1, a.size()), "add_custom_command");
  }

  /** add_custom_target(name ... BYPRODUCTS files...): its byproducts are generated at build time. */
  private static void customTarget(CommandCall call) {
    List<String> a = call.listArgs();
    int byproducts = a.indexOf("BYPRODUCTS");
    if (byproducts >= 0) {
      generated(call, a.subList(byproducts + 1, a.size()), "add_custom_target");
    }
  }

  private static final Set<String> CUSTOM_KEYWORDS = Set.of(
      "COMMAND", "MAIN_DEPENDENCY", "DEPENDS", "BYPRODUCTS", "IMPLICIT_DEPENDS", "WORKING_DIRECTORY", "COMMENT",
      "DEPFILE", "JOB_POOL", "VERBATIM", "APPEND", "USES_TERMINAL", "COMMAND_EXPAND_LISTS", "SOURCES",
      "DEPENDS_EXPLICIT_ONLY", "CODEGEN", "ALL", "JOB_SERVER_AWARE");

  /** Records the files up to the next keyword; relative outputs live in the binary directory. */
  private static void generated(CommandCall call, List<String> words, String command) {
    Path binaryDir = Path.of(call.vars().getOrEmpty("CMAKE_CURRENT_BINARY_DIR").isEmpty()
        ? call.session.root.resolve("build").toString() : call.vars().get("CMAKE_CURRENT_BINARY_DIR"));
    for (String word : words) {
      if (CUSTOM_KEYWORDS.contains(word)) {
        return;
      }
      if (GeneratorExpressions.contains(word)) {
        continue;
      }
      Path file = call.resolve(word, binaryDir);
      call.session.generatedFiles.putIfAbsent(file, call.origin());
      if (ModelAssembler.isCompilable(file) || isHeader(file)) {
        call.note(NotificationSink.NOT_ANALYSED, command + "(): '" + call.session.files.display(file)
            + "' is generated at build time and not analysed");
      }
    }
  }

  private static boolean isHeader(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".h") || name.endsWith(".hpp") || name.endsWith(".hh") || name.endsWith(".hxx");
  }
}
