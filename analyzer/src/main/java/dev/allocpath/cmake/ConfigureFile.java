package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;

/**
 * configure_file(input output [@ONLY]): the output becomes a virtual file, so headers generated at
 * configure time (config.h style) are visible to the parser. {@code @VAR@}, {@code ${VAR}} (unless
 * {@code @ONLY}), {@code #cmakedefine} and {@code #cmakedefine01} are substituted.
 */
final class ConfigureFile {
  private ConfigureFile() {}

  static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 2) {
      call.unsupported("needs an input and an output file; ignored");
      return;
    }
    if (a.contains("COPYONLY") && a.contains("@ONLY")) {
      call.unsupported("COPYONLY with @ONLY; ignored");
      return;
    }
    Path input = call.resolve(a.get(0), call.sourceDir());
    String binaryDir = call.vars().getOrEmpty("CMAKE_CURRENT_BINARY_DIR");
    Path output = call.resolve(a.get(1), binaryDir.isEmpty() ? call.sourceDir() : Path.of(binaryDir));
    String template = FileCommand.virtualText(call, input);
    if (template == null) {
      template = FileCommand.readProjectFile(call, input, "configure_file()");
    }
    if (template == null) {
      return;
    }
    String text = a.contains("COPYONLY") ? template : substitute(template, call.vars(), a.contains("@ONLY"));
    FileCommand.virtualFiles(call).put(output, text);
  }

  static String substitute(String template, Variables vars, boolean atOnly) {
    StringBuilder out = new StringBuilder(template.length());
    for (String line : template.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(cmakeDefine(line, vars, atOnly));
    }
    return out.toString();
  }

  private static String cmakeDefine(String line, Variables vars, boolean atOnly) {
    String trimmed = line.stripLeading();
    if (trimmed.startsWith("#cmakedefine01 ")) {
      String name = trimmed.substring("#cmakedefine01 ".length()).trim();
      boolean on = isOn(vars, name);
      return "#define " + name + " " + (on ? "1" : "0");
    }
    if (trimmed.startsWith("#cmakedefine ")) {
      String rest = trimmed.substring("#cmakedefine ".length()).trim();
      int space = rest.indexOf(' ');
      String name = space < 0 ? rest : rest.substring(0, space);
      if (!isOn(vars, name)) {
        return "/* #undef " + name + " */";
      }
      return "#define " + variables(rest, vars, atOnly);
    }
    return variables(line, vars, atOnly);
  }

  private static boolean isOn(Variables vars, String name) {
    String value = vars.get(name);
    return value != null && !Truth.isFalseConstant(value);
  }

  /** Replaces {@code @VAR@} and, unless {@code atOnly}, {@code ${VAR}}. */
  private static String variables(String text, Variables vars, boolean atOnly) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '@') {
        int close = text.indexOf('@', i + 1);
        if (close > i + 1 && isName(text, i + 1, close)) {
          out.append(vars.getOrEmpty(text.substring(i + 1, close)));
          i = close + 1;
          continue;
        }
      } else if (!atOnly && c == '$' && text.startsWith("${", i)) {
        int close = text.indexOf('}', i + 2);
        if (close > i + 2 && isName(text, i + 2, close)) {
          out.append(vars.getOrEmpty(text.substring(i + 2, close)));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isName(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '+')) {
        return false;
      }
    }
    return true;
  }
}
