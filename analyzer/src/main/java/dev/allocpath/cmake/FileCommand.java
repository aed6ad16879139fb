package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * file(): GLOB/GLOB_RECURSE over the project, WRITE/APPEND/CONFIGURE captured as virtual files
 * (generated headers the parser must see; nothing is written to disk), READ of project files,
 * and the path helpers. Build-directory housekeeping (MAKE_DIRECTORY, REMOVE, TOUCH) has no effect
 * on compilation and is ignored.
 */
final class FileCommand {
  private FileCommand() {}

  private static final Set<String> NO_EFFECT =
      Set.of("MAKE_DIRECTORY", "REMOVE", "REMOVE_RECURSE", "TOUCH", "TOUCH_NOCREATE", "LOCK");

  static void register(Map<String, CommandHandler> table) {
    table.put("file", FileCommand::run);
    table.put("configure_file", ConfigureFile::run);
  }

  private static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.isEmpty()) {
      call.unsupported("no sub-command; ignored");
      return;
    }
    String op = a.get(0);
    switch (op) {
      case "GLOB", "GLOB_RECURSE" -> glob(call, op.equals("GLOB_RECURSE"));
      case "WRITE", "APPEND" -> write(call, op.equals("APPEND"));
      case "CONFIGURE" -> configure(call);
      case "READ" -> read(call);
      case "TO_CMAKE_PATH", "TO_NATIVE_PATH" -> {
        if (a.size() >= 3) {
          call.vars().set(a.get(2), a.get(1).replace('\\', '/'));
        }
      }
      case "RELATIVE_PATH" -> relativePath(call);
      case "REAL_PATH" -> {
        if (a.size() >= 3) {
          call.vars().set(a.get(2), PathCommands.realPath(call, call.resolve(a.get(1), call.sourceDir())).toString());
        }
      }
      default -> {
        if (!NO_EFFECT.contains(op)) {
          call.unsupported("file(" + op + ") is not supported; ignored");
        }
      }
    }
  }

  private static void glob(CommandCall call, boolean recurse) {
    List<String> a = call.args();
    if (a.size() < 2) {
      call.unsupported("file(GLOB) without an output variable; ignored");
      return;
    }
    String out = a.get(1);
    Path relativeTo = null;
    boolean listDirectories = !recurse;
    boolean follow = false;
    List<String> patterns = new ArrayList<>();
    for (int i = 2; i < a.size(); i++) {
      String word = a.get(i);
      switch (word) {
        case "RELATIVE" -> {
          if (i + 1 < a.size()) {
            relativeTo = call.resolve(a.get(++i), call.sourceDir());
          }
        }
        case "LIST_DIRECTORIES" -> {
          if (i + 1 < a.size()) {
            listDirectories = Truth.isTrueConstant(a.get(++i));
          }
        }
        case "FOLLOW_SYMLINKS" -> follow = true;
        case "CONFIGURE_DEPENDS" -> {
          // only affects re-configuration
        }
        default -> patterns.add(word);
      }
    }
    List<String> results = new ArrayList<>();
    Glob.Request request = new Glob.Request(recurse, listDirectories, follow);
    for (String pattern : patterns) {
      Path absolute = call.resolve(pattern, call.sourceDir());
      Glob.Result result = call.session.glob.run(absolute, request);
      for (Path skipped : result.skippedOutside()) {
        call.note(NotificationSink.OUTSIDE_ROOT,
            "file(" + a.get(0) + "): '" + call.session.files.display(skipped) + "' is outside the project root and was not searched");
      }
      for (Path p : result.paths()) {
        results.add(relativeTo == null ? p.toString() : relativeTo.relativize(p).toString().replace(java.io.File.separatorChar, '/'));
      }
    }
    // CMake sorts all matches of one call together.
    results = new ArrayList<>(new java.util.TreeSet<>(results));
    call.vars().set(out, ListValues.join(results));
  }

  /** Where generated files go: the component being evaluated, or the project when none. */
  static Map<Path, String> virtualFiles(CommandCall call) {
    ComponentState component = call.frame.component();
    return component != null ? component.virtualFiles : call.session.globals.virtualFiles;
  }

  /** The current text of a virtual file, or null. */
  static String virtualText(CommandCall call, Path path) {
    String own = virtualFiles(call).get(path);
    if (own != null) {
      return own;
    }
    String global = call.session.globals.virtualFiles.get(path);
    if (global != null) {
      return global;
    }
    for (ComponentState c : call.session.components.values()) {
      String text = c.virtualFiles.get(path);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static void write(CommandCall call, boolean append) {
    List<String> a = call.args();
    if (a.size() < 2) {
      call.unsupported("file(" + a.get(0) + ") without a file name; ignored");
      return;
    }
    Path path = call.resolve(a.get(1), call.sourceDir());
    StringBuilder content = new StringBuilder();
    if (append) {
      String existing = virtualText(call, path);
      if (existing != null) {
        content.append(existing);
      }
    }
    for (int i = 2; i < a.size(); i++) {
      content.append(a.get(i));
    }
    virtualFiles(call).put(path, content.toString());
  }

  private static void configure(CommandCall call) {
    ArgumentParse parse =
        ArgumentParse.of(call.args().subList(1, call.args().size()), Set.of("@ONLY", "ESCAPE_QUOTES"),
            Set.of("OUTPUT", "CONTENT", "NEWLINE_STYLE"), Set.of());
    String output = parse.single("OUTPUT");
    String content = parse.single("CONTENT");
    if (output == null || content == null) {
      call.unsupported("file(CONFIGURE) needs OUTPUT and CONTENT; ignored");
      return;
    }
    Path path = call.resolve(output, call.vars().getOrEmpty("CMAKE_CURRENT_BINARY_DIR").isEmpty()
        ? call.sourceDir() : Path.of(call.vars().get("CMAKE_CURRENT_BINARY_DIR")));
    virtualFiles(call).put(path, ConfigureFile.substitute(content, call.vars(), parse.present.contains("@ONLY")));
  }

  private static void read(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 3) {
      call.unsupported("file(READ) needs a file and a variable; ignored");
      return;
    }
    Path path = call.resolve(a.get(1), call.sourceDir());
    String text = virtualText(call, path);
    if (text == null) {
      text = readProjectFile(call, path, "file(READ)");
    }
    if (text != null) {
      call.vars().set(a.get(2), text);
    }
  }

  /** Reads a file under the project policy; null (after a notification) when it may not or cannot. */
  static String readProjectFile(CommandCall call, Path path, String what) {
    if (!call.session.files.mayRead(path)) {
      call.note(NotificationSink.OUTSIDE_ROOT, what + ": '" + call.session.files.display(path)
          + "' is outside the project root and was not read");
      return null;
    }
    if (!call.session.files.isFile(path)) {
      call.warning(NotificationSink.MISSING_INCLUDE, what + ": file '" + call.session.files.display(path) + "' does not exist");
      return null;
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      call.warning(NotificationSink.MISSING_INCLUDE, what + ": cannot read '" + call.session.files.display(path) + "'");
      return null;
    }
  }

  private static void relativePath(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 4) {
      return;
    }
    Path dir = call.resolve(a.get(2), call.sourceDir());
    Path file = call.resolve(a.get(3), call.sourceDir());
    call.vars().set(a.get(1), dir.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
  }
}
