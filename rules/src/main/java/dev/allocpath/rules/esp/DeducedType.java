package dev.allocpath.rules.esp;

import dev.allocpath.facts.VariableFact;

/**
 * The type of an {@code auto} variable, where its initializer spells it: a construction
 * ({@code std::vector<int>{1, 2}}, {@code Table(8)}), {@code std::to_string(...)}, or a
 * {@code "..."s} literal. Anything else (a function's result, a lambda) stays unknown.
 *
 * @param type the spelled type
 * @param arguments the construction's arguments as written, for the small-string check
 */
record DeducedType(String type, String arguments) {

  static DeducedType of(VariableFact variable) {
    String declared = variable.type().spelled().replaceAll("\\b(const|constexpr|static|thread_local)\\b", "").trim();
    if (!declared.equals("auto") || variable.type().indirect() || variable.initializer() == null) {
      return null;
    }
    String init = variable.initializer().trim();
    if (init.startsWith("=")) {
      init = init.substring(1).trim();
    }
    if (init.startsWith("std::to_string(") || init.startsWith("to_string(")) {
      return new DeducedType("std::string", null);
    }
    if (init.matches("\"([^\"\\\\]|\\\\.)*\"s")) {
      return new DeducedType("std::string", init.substring(0, init.length() - 1));
    }
    int open = constructionStart(init);
    if (open <= 0) {
      return null;
    }
    char close = init.charAt(open) == '(' ? ')' : '}';
    if (init.charAt(init.length() - 1) != close) {
      return null;
    }
    String type = init.substring(0, open).trim();
    if (!type.matches("[A-Za-z_][A-Za-z0-9_:<>,\\s*]*") || type.endsWith("::")) {
      return null;
    }
    return new DeducedType(type, init.substring(open));
  }

  /** Index of the first {@code (} or {@code {} outside template brackets; -1 if none. */
  private static int constructionStart(String text) {
    int angle = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        angle++;
      } else if (c == '>') {
        angle--;
      } else if ((c == '(' || c == '{') && angle == 0) {
        return i;
      }
    }
    return -1;
  }
}
