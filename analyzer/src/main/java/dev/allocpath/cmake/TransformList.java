package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** list(TRANSFORM) for whole lists: APPEND, PREPEND, TOUPPER, TOLOWER, STRIP, REPLACE. */
final class TransformList {
  private TransformList() {}

  static void run(CommandCall call, String name, List<String> items, List<String> rest) {
    if (rest.isEmpty()) {
      call.unsupported("list(TRANSFORM) without an action; ignored");
      return;
    }
    String action = rest.get(0);
    int output = rest.indexOf("OUTPUT_VARIABLE");
    String target = output >= 0 && output + 1 < rest.size() ? rest.get(output + 1) : name;
    List<String> operands = new ArrayList<>(rest.subList(1, output >= 0 ? output : rest.size()));
    int operandCount = switch (action) {
      case "APPEND", "PREPEND" -> 1;
      case "REPLACE" -> 2;
      default -> 0;
    };
    if (operands.size() != operandCount) {
      call.unsupported("list(TRANSFORM " + action + ") with a selector or unexpected arguments is not supported; list left unchanged");
      return;
    }
    Pattern pattern = null;
    if (action.equals("REPLACE")) {
      pattern = call.session.regexes.get(operands.get(0));
      if (pattern == null) {
        call.unsupported("invalid regular expression '" + operands.get(0) + "'; list left unchanged");
        return;
      }
    }
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      String value = switch (action) {
        case "APPEND" -> item + operands.get(0);
        case "PREPEND" -> operands.get(0) + item;
        case "TOUPPER" -> item.toUpperCase(Locale.ROOT);
        case "TOLOWER" -> item.toLowerCase(Locale.ROOT);
        case "STRIP" -> item.strip();
        case "REPLACE" -> StringCommand.regexReplace(call.session.interpreter.clock, pattern, item, operands.get(1));
        default -> null;
      };
      if (value == null) {
        call.unsupported("list(TRANSFORM " + action + ") is not supported; list left unchanged");
        return;
      }
      out.add(value);
    }
    call.vars().set(target, ListValues.join(out));
  }
}
