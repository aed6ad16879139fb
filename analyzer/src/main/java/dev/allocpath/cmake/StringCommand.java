package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** string(): the text operations component CMakeLists use on paths and flags. */
final class StringCommand {
  private StringCommand() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("string", StringCommand::run);
  }

  private static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.isEmpty()) {
      call.unsupported("no sub-command; ignored");
      return;
    }
    Variables vars = call.vars();
    String op = a.get(0);
    switch (op) {
      case "REPLACE" -> {
        if (need(call, 4)) {
          String match = a.get(1);
          String input = concat(a, 4);
          vars.set(a.get(3), match.isEmpty() ? input : input.replace(match, a.get(2)));
        }
      }
      case "APPEND" -> {
        if (need(call, 2)) {
          vars.set(a.get(1), vars.getOrEmpty(a.get(1)) + concat(a, 2));
        }
      }
      case "PREPEND" -> {
        if (need(call, 2)) {
          vars.set(a.get(1), concat(a, 2) + vars.getOrEmpty(a.get(1)));
        }
      }
      case "CONCAT" -> {
        if (need(call, 2)) {
          vars.set(a.get(1), concat(a, 2));
        }
      }
      case "JOIN" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), String.join(a.get(1), a.subList(3, a.size())));
        }
      }
      case "TOUPPER" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), a.get(1).toUpperCase(Locale.ROOT));
        }
      }
      case "TOLOWER" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), a.get(1).toLowerCase(Locale.ROOT));
        }
      }
      case "STRIP" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), a.get(1).strip());
        }
      }
      case "LENGTH" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), Integer.toString(a.get(1).length()));
        }
      }
      case "SUBSTRING" -> substring(call, a);
      case "FIND" -> {
        if (need(call, 4)) {
          boolean reverse = a.size() > 4 && a.get(4).equals("REVERSE");
          int at = reverse ? a.get(1).lastIndexOf(a.get(2)) : a.get(1).indexOf(a.get(2));
          vars.set(a.get(3), Integer.toString(at));
        }
      }
      case "COMPARE" -> compare(call, a);
      case "MAKE_C_IDENTIFIER" -> {
        if (need(call, 3)) {
          vars.set(a.get(2), cIdentifier(a.get(1)));
        }
      }
      case "REGEX" -> regex(call, a);
      default -> call.unsupported("string(" + op + ") is not supported; variables left unchanged");
    }
  }

  private static boolean need(CommandCall call, int count) {
    if (call.args().size() < count) {
      call.unsupported("string(" + call.arg(0) + ") needs at least " + (count - 1) + " arguments; ignored");
      return false;
    }
    return true;
  }

  private static String concat(List<String> args, int from) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < args.size(); i++) {
      out.append(args.get(i));
    }
    return out.toString();
  }

  private static void substring(CommandCall call, List<String> a) {
    if (!need(call, 5)) {
      return;
    }
    try {
      String input = a.get(1);
      int begin = Integer.parseInt(a.get(2).trim());
      int length = Integer.parseInt(a.get(3).trim());
      if (begin < 0 || begin > input.length()) {
        call.unsupported("string(SUBSTRING) begin " + begin + " out of range; output left unchanged");
        return;
      }
      int end = length < 0 ? input.length() : Math.min(input.length(), begin + length);
      call.vars().set(a.get(4), input.substring(begin, end));
    } catch (NumberFormatException e) {
      call.unsupported("string(SUBSTRING) needs numbers; output left unchanged");
    }
  }

  private static void compare(CommandCall call, List<String> a) {
    if (!need(call, 5)) {
      return;
    }
    int c = a.get(2).compareTo(a.get(3));
    Boolean result = switch (a.get(1)) {
      case "EQUAL" -> c == 0;
      case "NOTEQUAL" -> c != 0;
      case "LESS" -> c < 0;
      case "GREATER" -> c > 0;
      case "LESS_EQUAL" -> c <= 0;
      case "GREATER_EQUAL" -> c >= 0;
      default -> null;
    };
    if (result == null) {
      call.unsupported("string(COMPARE " + a.get(1) + ") is not supported");
      return;
    }
    call.vars().set(a.get(4), result ? "1" : "0");
  }

  static String cIdentifier(String text) {
    StringBuilder out = new StringBuilder(text.length() + 1);
    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      out.append('_');
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return out.toString();
  }

  private static void regex(CommandCall call, List<String> a) {
    if (a.size() < 2) {
      call.unsupported("string(REGEX) without a mode; ignored");
      return;
    }
    String mode = a.get(1);
    int minimum = mode.equals("REPLACE") ? 5 : 4;
    if (a.size() < minimum) {
      call.unsupported("string(REGEX " + mode + ") needs more arguments; ignored");
      return;
    }
    Pattern pattern = call.session.regexes.get(a.get(2));
    if (pattern == null) {
      call.unsupported("invalid regular expression '" + a.get(2) + "'; output left unchanged");
      return;
    }
    Variables vars = call.vars();
    switch (mode) {
      case "REPLACE" -> vars.set(a.get(4), regexReplace(call.session.interpreter.clock, pattern, concat(a, 5), a.get(3)));
      case "MATCH" -> {
        Matcher m = pattern.matcher(call.session.interpreter.clock.guard(concat(a, 4)));
        vars.set(a.get(3), m.find() ? m.group() : "");
      }
      case "MATCHALL" -> {
        Matcher m = pattern.matcher(call.session.interpreter.clock.guard(concat(a, 4)));
        List<String> all = new ArrayList<>();
        while (m.find()) {
          all.add(m.group());
        }
        vars.set(a.get(3), ListValues.join(all));
      }
      default -> call.unsupported("string(REGEX " + mode + ") is not supported; ignored");
    }
  }

  /** Replaces every match; in the replacement {@code \1}..{@code \9} are groups, {@code \0} the match. */
  static String regexReplace(EvaluationClock clock, Pattern pattern, String input, String replacement) {
    Matcher m = pattern.matcher(clock.guard(input));
    StringBuilder out = new StringBuilder(input.length());
    int last = 0;
    int from = 0;
    while (from <= input.length() && m.find(from)) {
      out.append(input, last, m.start());
      appendReplacement(m, replacement, out);
      last = m.end();
      from = m.end();
      if (m.end() == m.start()) {
        // An empty match: keep the next character and move past it, or the loop never ends.
        if (m.end() < input.length()) {
          out.append(input.charAt(m.end()));
        }
        last = m.end() + 1;
        from = m.end() + 1;
      }
    }
    if (last < input.length()) {
      out.append(input, last, input.length());
    }
    return out.toString();
  }

  private static void appendReplacement(Matcher m, String replacement, StringBuilder out) {
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      if (c == '\\' && i + 1 < replacement.length()) {
        char next = replacement.charAt(++i);
        if (next >= '0' && next <= '9') {
          int group = next - '0';
          if (group <= m.groupCount() && m.group(group) != null) {
            out.append(m.group(group));
          }
        } else {
          out.append(next == 'n' ? '\n' : next);
        }
      } else {
        out.append(c);
      }
    }
  }
}
