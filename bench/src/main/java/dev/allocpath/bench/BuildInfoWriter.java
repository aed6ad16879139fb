package dev.allocpath.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes, outside the generated tree, how the build compiles it, so the harness can configure
 * other tools the same way: a {@code compile_commands.json}, and for a single cppcheck command line
 * the union of include directories ({@code includes.txt}), of definitions ({@code defines.txt}) and
 * the list of units ({@code files.txt}). Paths are absolute, as those tools want them.
 */
final class BuildInfoWriter {
  private BuildInfoWriter() {}

  static void write(Path dir, Path root, List<UnitFlags> units) throws IOException {
    Files.createDirectories(dir);
    Path base = root.toAbsolutePath().normalize();
    TreeSet<String> includes = new TreeSet<>();
    TreeSet<String> defines = new TreeSet<>();
    List<String> files = new ArrayList<>();
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < units.size(); i++) {
      UnitFlags u = units.get(i);
      List<String> args = new ArrayList<>();
      args.add(u.cpp() ? "xtensa-esp32s3-elf-g++" : "xtensa-esp32s3-elf-gcc");
      args.add(u.cpp() ? "-std=gnu++17" : "-std=gnu17");
      for (String inc : u.includeDirs()) {
        String abs = base.resolve(inc).toString();
        args.add("-I" + abs);
        includes.add(abs);
      }
      for (String d : u.defines()) {
        args.add("-D" + d);
        defines.add(d);
      }
      if (u.forcedInclude() != null) {
        args.add("-include");
        args.add(base.resolve(u.forcedInclude()).toString());
      }
      String file = base.resolve(u.path()).toString();
      args.add("-c");
      args.add(file);
      files.add(file);
      json.append("  {\"directory\": ").append(quote(base.toString()))
          .append(", \"file\": ").append(quote(file))
          .append(", \"arguments\": [");
      for (int a = 0; a < args.size(); a++) {
        json.append(a == 0 ? "" : ", ").append(quote(args.get(a)));
      }
      json.append("]}").append(i + 1 < units.size() ? ",\n" : "\n");
    }
    json.append("]\n");
    Files.writeString(dir.resolve("compile_commands.json"), json, StandardCharsets.UTF_8);
    Files.write(dir.resolve("includes.txt"), includes, StandardCharsets.UTF_8);
    Files.write(dir.resolve("defines.txt"), defines, StandardCharsets.UTF_8);
    Files.write(dir.resolve("files.txt"), files, StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
