package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.List;

/** Splits the template arguments out of a spelled type: {@code std::map<int, std::pair<a, b>>}. */
final class TemplateArguments {
  private TemplateArguments() {}

  /** The top-level arguments of the last template-id in {@code spelled}, empty if none. */
  static List<String> split(String spelled) {
    int open = -1;
    int depth = 0;
    for (int i = 0; i < spelled.length(); i++) {
      char c = spelled.charAt(i);
      if (c == '<') {
        if (depth == 0) {
          open = i;
        }
        depth++;
      } else if (c == '>' && depth > 0) {
        depth--;
      }
    }
    if (open < 0 || !spelled.endsWith(">")) {
      return List.of();
    }
    List<String> arguments = new ArrayList<>();
    int start = open + 1;
    depth = 0;
    for (int i = start; i < spelled.length() - 1; i++) {
      char c = spelled.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(spelled.substring(start, i).trim());
        start = i + 1;
      }
    }
    arguments.add(spelled.substring(start, spelled.length() - 1).trim());
    return arguments;
  }
}
