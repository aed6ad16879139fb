package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * State shared by every CMake file of one project scan: the file policy, the notifications, the
 * components found so far, build-wide settings, and the command table (built-ins plus user
 * functions, which are global in CMake once defined).
 */
final class BuildSession {
  /** The ESP-IDF install is never read; this stands in for IDF_PATH unless the options set it. */
  static final String DEFAULT_IDF_PATH = "/esp-idf";
  static final String DEFAULT_IDF_TARGET = dev.allocpath.kconfig.SdkOptions.DEFAULT_TARGET;

  final Path root;
  final ModelOptions options;
  final ProjectFiles files;
  final Glob glob;
  final NotificationSink sink;
  final RegexCache regexes = new RegexCache();
  final Map<String, CommandHandler> builtins;
  final Map<String, FunctionDefinition> functions = new HashMap<>();
  final Map<String, ComponentState> components = new TreeMap<>();
  final GlobalSettings globals = new GlobalSettings();
  /** Plain libraries (add_library) by name, and ALIAS names to the library they stand for. */
  final Map<String, LibraryTarget> libraries = new TreeMap<>();
  final Map<String, String> libraryAliases = new HashMap<>();
  /** Directory-level flags (add_compile_options, ...) by the directory they were set in. */
  final Map<Path, List<ScopedFlag>> directoryFlags = new HashMap<>();
  /** Files add_custom_command() or add_custom_target() write at build time, and where. */
  final Map<Path, dev.allocpath.model.Origin> generatedFiles = new HashMap<>();
  final Interpreter interpreter;
  /** Called when the project file calls project(): ESP-IDF collects components at that point. */
  java.util.function.BiConsumer<Frame, Integer> onProject;
  boolean projectCalled;
  private final Map<Path, List<Statement>> programs = new HashMap<>();
  /**
   * CMake source read in one run, all files together: the per-run memory budget of the CMake
   * model (the parsed programs are kept for the whole run). Real projects read a few megabytes.
   */
  static final long MAX_RUN_BYTES = 16L << 20;
  private long bytesRead;

  BuildSession(Path root, ModelOptions options, NotificationSink sink) {
    this.root = root;
    this.options = options;
    this.files = new ProjectFiles(root, options.allowOutsideRoot());
    this.glob = new Glob(files);
    this.sink = sink;
    this.builtins = Commands.builtins();
    this.interpreter = new Interpreter(this);
  }

  /** The parsed and block-structured content of a CMake file; each file is read once per scan. */
  List<Statement> program(Path file) {
    Path key = file.toAbsolutePath().normalize();
    List<Statement> program = programs.get(key);
    if (program == null) {
      String display = files.display(key);
      if (!files.mayRead(key)) {
        // A CMakeLists.txt or included file that is a symlink out of the project.
        sink.warning(NotificationSink.OUTSIDE_ROOT, "CMake file leads outside the project root (a symlink) and was not read",
            display, 1);
        program = List.of();
        programs.put(key, program);
        return program;
      }
      // An oversized file is refused by the reader on its own and costs nothing here.
      long size = sizeOf(key) > CMakeReader.MAX_FILE_BYTES ? 0 : sizeOf(key);
      if (bytesRead + size > MAX_RUN_BYTES) {
        sink.warning(NotificationSink.UNSUPPORTED, "not evaluated: the CMake files of this run would exceed "
            + MAX_RUN_BYTES + " bytes together (the per-run limit)", display, 1);
        program = List.of();
        programs.put(key, program);
        return program;
      }
      bytesRead += size;
      program = ProgramBuilder.build(CMakeReader.read(key, display, sink), display, sink);
      programs.put(key, program);
    }
    return program;
  }

  private static long sizeOf(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      return 0; // the reader reports the unreadable file itself
    }
  }

  /** Evaluates a whole file in the given frame (the frame's list file must be that file). */
  void runFile(Frame frame) {
    Variables vars = frame.vars();
    String oldDir = vars.get("CMAKE_CURRENT_LIST_DIR");
    String oldFile = vars.get("CMAKE_CURRENT_LIST_FILE");
    vars.set("CMAKE_CURRENT_LIST_DIR", frame.file().dir().toString());
    vars.set("CMAKE_CURRENT_LIST_FILE", frame.file().path().toString());
    interpreter.run(program(frame.file().path()), frame);
    restore(vars, "CMAKE_CURRENT_LIST_DIR", oldDir);
    restore(vars, "CMAKE_CURRENT_LIST_FILE", oldFile);
  }

  private static void restore(Variables vars, String name, String value) {
    if (value == null) {
      vars.unset(name);
    } else {
      vars.set(name, value);
    }
  }

  Frame.ListFile listFile(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    return new Frame.ListFile(normal, files.display(normal));
  }

  /**
   * The component a target name stands for: {@code __idf_<name>} (COMPONENT_LIB),
   * {@code idf::<name>} (its alias) or {@code ___idf_<name>} (ESP-IDF's internal target).
   */
  ComponentState componentByTarget(String target) {
    String name = null;
    if (target.startsWith("___idf_")) {
      name = target.substring(7);
    } else if (target.startsWith("__idf_")) {
      name = target.substring(6);
    } else if (target.startsWith("idf::")) {
      name = target.substring(5);
    }
    return name == null ? null : components.get(name);
  }

  /** The plain library a target name stands for (through an ALIAS), or null. */
  LibraryTarget libraryByTarget(String target) {
    String name = libraryAliases.getOrDefault(target, target);
    return libraries.get(name);
  }

  boolean isCommand(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return builtins.containsKey(lower) || functions.containsKey(lower) || Commands.isControlCommand(lower);
  }
}
