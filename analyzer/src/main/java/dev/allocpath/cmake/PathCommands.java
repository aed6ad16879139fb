package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** get_filename_component(). */
final class PathCommands {
  private PathCommands() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("get_filename_component", PathCommands::getFilenameComponent);
  }

  private static void getFilenameComponent(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 3) {
      call.unsupported("needs a variable, a file name and a mode; ignored");
      return;
    }
    String var = a.get(0);
    String file = a.get(1);
    String mode = a.get(2);
    Path base = call.sourceDir();
    int baseDir = a.indexOf("BASE_DIR");
    if (baseDir >= 3 && baseDir + 1 < a.size()) {
      base = call.resolve(a.get(baseDir + 1), call.sourceDir());
    }
    String value = switch (mode) {
      case "DIRECTORY", "PATH" -> directory(file);
      case "NAME" -> name(file);
      case "EXT" -> {
        String name = name(file);
        int dot = name.indexOf('.');
        yield dot < 0 ? "" : name.substring(dot);
      }
      case "NAME_WE" -> {
        String name = name(file);
        int dot = name.indexOf('.');
        yield dot < 0 ? name : name.substring(0, dot);
      }
      case "LAST_EXT" -> {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        yield dot < 0 ? "" : name.substring(dot);
      }
      case "NAME_WLE" -> {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        yield dot < 0 ? name : name.substring(0, dot);
      }
      case "ABSOLUTE" -> file.isEmpty() ? "" : call.resolve(file, base).toString();
      case "REALPATH" -> file.isEmpty() ? "" : realPath(call, call.resolve(file, base)).toString();
      default -> null;
    };
    if (value == null) {
      call.unsupported("mode " + mode + " is not supported; variable left unchanged");
      return;
    }
    if (a.contains("CACHE")) {
      call.vars().setCache(var, value, false);
    } else {
      call.vars().set(var, value);
    }
  }

  private static String directory(String file) {
    String f = file.replace('\\', '/');
    int slash = f.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    return slash == 0 ? "/" : f.substring(0, slash);
  }

  private static String name(String file) {
    String f = file.replace('\\', '/');
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** Symlinks resolved when the path may be looked at; otherwise the normalised path. */
  static Path realPath(CommandCall call, Path path) {
    if (!call.session.files.mayRead(path)) {
      return path;
    }
    try {
      return call.session.files.rebase(path.toRealPath());
    } catch (IOException | SecurityException e) {
      return path;
    }
  }
}
