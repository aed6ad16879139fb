package dev.allocpath.cmake;

import java.util.List;
import java.util.Map;

/**
 * Evaluates argument text the way CMake does when a command runs: escape sequences,
 * {@code ${VAR}} (nested, inside out), {@code $ENV{VAR}} and {@code $CACHE{VAR}}; then unquoted
 * arguments are split into list elements (empty ones dropped) while quoted ones stay a single
 * argument. Bracket arguments are taken literally. Generator expressions are plain text here.
 */
final class ArgumentExpander {
  private ArgumentExpander() {}

  static void expand(CMakeArgument argument, Variables vars, Map<String, String> macroArgs, List<Arg> out) {
    switch (argument.kind()) {
      case BRACKET -> out.add(new Arg(argument.text(), false));
      case QUOTED -> out.add(new Arg(evaluate(substituteMacroArgs(argument.text(), macroArgs), vars), true));
      case UNQUOTED -> {
        String value = evaluate(substituteMacroArgs(argument.text(), macroArgs), vars);
        if (value.indexOf(';') < 0) {
          if (!value.isEmpty()) {
            out.add(new Arg(value, false));
          }
          return;
        }
        for (String item : ListValues.split(value, false)) {
          out.add(new Arg(item, false));
        }
      }
    }
  }

  /** Expands references and escapes in {@code text}; semicolons (and {@code \;}) are kept. */
  static String evaluate(String text, Variables vars) {
    if (text.indexOf('$') < 0 && text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    expandUntil(text, 0, out, vars, false, 0);
    return out.toString();
  }

  /**
   * Appends the evaluation of {@code text} from {@code start} to {@code out}; inside a variable name
   * stops at the closing brace and returns its index. Returns -1 when a reference is unterminated.
   */
  private static int expandUntil(String text, int start, StringBuilder out, Variables vars, boolean inName, int depth) {
    if (depth > EvaluationLimit.MAX_REFERENCE_DEPTH) {
      throw new EvaluationLimit("variable references nested deeper than " + EvaluationLimit.MAX_REFERENCE_DEPTH);
    }
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (inName && c == '}') {
        return i;
      }
      if (c == '\\' && i + 1 < n) {
        appendEscape(text.charAt(i + 1), out, inName);
        i += 2;
        continue;
      }
      if (c == '$') {
        int prefix = referencePrefix(text, i);
        if (prefix > 0) {
          StringBuilder name = new StringBuilder();
          int close = expandUntil(text, i + prefix, name, vars, true, depth + 1);
          if (close < 0) {
            // Unterminated reference: CMake rejects it; keep the text rather than guess.
            out.append(text, i, n);
            return inName ? -1 : n;
          }
          out.append(lookup(text.charAt(i + 1), name.toString(), vars));
          EvaluationLimit.check(out.length());
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return inName ? -1 : n;
  }

  /** Length of "${", "$ENV{" or "$CACHE{" at {@code i}, or 0. */
  private static int referencePrefix(String text, int i) {
    if (text.startsWith("${", i)) {
      return 2;
    }
    if (text.startsWith("$ENV{", i)) {
      return 5;
    }
    if (text.startsWith("$CACHE{", i)) {
      return 7;
    }
    return 0;
  }

  private static String lookup(char kind, String name, Variables vars) {
    String value =
        switch (kind) {
          case '{' -> vars.get(name);
          case 'E' -> vars.env(name);
          default -> vars.cache(name);
        };
    return value == null ? "" : value;
  }

  private static void appendEscape(char c, StringBuilder out, boolean inName) {
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case ';' -> {
        // Outside a reference "\;" stays encoded so list splitting can keep the semicolon.
        if (!inName) {
          out.append('\\');
        }
        out.append(';');
      }
      default -> out.append(c);
    }
  }

  /**
   * Macro parameters are replaced textually before evaluation, as CMake does: {@code ${p}} becomes
   * the argument's text, so {@code if(p)} inside a macro does not see a variable named p.
   */
  static String substituteMacroArgs(String text, Map<String, String> macroArgs) {
    if (macroArgs == null || macroArgs.isEmpty() || !text.contains("${")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int ref = text.indexOf("${", i);
      if (ref < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, ref);
      int close = text.indexOf('}', ref + 2);
      String name = close < 0 ? null : text.substring(ref + 2, close);
      String value = name == null || name.contains("$") ? null : macroArgs.get(name);
      if (value != null) {
        out.append(value);
        i = close + 1;
      } else {
        out.append("${");
        i = ref + 2;
      }
    }
    return out.toString();
  }
}
