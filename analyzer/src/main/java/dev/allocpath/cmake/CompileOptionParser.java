package dev.allocpath.cmake;

import dev.allocpath.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads gcc compile options: {@code -D}, {@code -U}, {@code -I}, {@code -iquote}, {@code -isystem}
 * (kept as an ordinary option: system directories are not the project's) and force-includes in
 * every spelling gcc accepts ({@code -include FILE}, {@code -includeFILE}, {@code --include FILE},
 * {@code --include=FILE}), including the common mistake of one item {@code "-include FILE"}.
 */
final class CompileOptionParser {
  private CompileOptionParser() {}

  record Parsed(Flag flag, Language language) {}

  /**
   * @param baseDir directory relative include directories are resolved against
   */
  static List<Parsed> parseOptions(List<String> raw, Path baseDir, Consumer<String> unsupported) {
    List<OptionItems.Item> items = OptionItems.prepare(raw, unsupported);
    List<Parsed> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      OptionItems.Item item = items.get(i);
      String s = item.text();
      String next = i + 1 < items.size() ? items.get(i + 1).text() : null;
      Flag flag;
      int consumed = 0;
      if (s.equals("-D") || s.equals("-U") || s.equals("-I") || s.equals("-iquote")
          || s.equals("-isystem") || s.equals("-include") || s.equals("--include")) {
        if (next == null) {
          unsupported.accept("option '" + s + "' has no argument; ignored");
          continue;
        }
        flag = flag(s, next, baseDir);
        consumed = 1;
      } else if (s.startsWith("--include=")) {
        flag = new Flag.ForcedInclude(s.substring("--include=".length()).trim());
      } else if (s.startsWith("-include")) {
        flag = new Flag.ForcedInclude(s.substring("-include".length()).trim());
      } else if (s.startsWith("-iquote")) {
        flag = flag("-iquote", s.substring("-iquote".length()), baseDir);
      } else if (s.startsWith("-isystem")) {
        flag = new Flag.Other(s);
      } else if (s.startsWith("-D") || s.startsWith("-U") || s.startsWith("-I")) {
        flag = flag(s.substring(0, 2), s.substring(2), baseDir);
      } else {
        flag = new Flag.Other(s);
      }
      if (flag != null) {
        out.add(new Parsed(flag, item.language()));
      }
      i += consumed;
    }
    return out;
  }

  private static Flag flag(String option, String argument, Path baseDir) {
    return switch (option) {
      case "-D" -> argument.isEmpty() ? null : Flag.define(argument);
      case "-U" -> argument.isEmpty() ? null : new Flag.Undefine(argument);
      case "-I" -> new Flag.IncludeDir(resolve(baseDir, argument), false);
      case "-iquote" -> new Flag.IncludeDir(resolve(baseDir, argument), true);
      case "-isystem" -> new Flag.Other("-isystem " + argument);
      default -> new Flag.ForcedInclude(argument.trim());
    };
  }

  /**
   * {@code target_compile_definitions} items: {@code NAME}, {@code NAME=VALUE}, or with a leading
   * {@code -D}, which CMake strips.
   */
  static List<Parsed> parseDefinitions(List<String> raw, Consumer<String> unsupported) {
    List<Parsed> out = new ArrayList<>(raw.size());
    for (OptionItems.Item item : OptionItems.prepare(raw, unsupported)) {
      String text = item.text().startsWith("-D") ? item.text().substring(2) : item.text();
      if (!text.isEmpty()) {
        out.add(new Parsed(Flag.define(text), item.language()));
      }
    }
    return out;
  }

  static Path resolve(Path baseDir, String path) {
    try {
      Path p = Path.of(path);
      return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return baseDir.resolve(path.replace('\0', '_')).normalize();
    }
  }
}
