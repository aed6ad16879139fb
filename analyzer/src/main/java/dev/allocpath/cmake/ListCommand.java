package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** list(): the sub-commands component CMakeLists use to assemble source and flag lists. */
final class ListCommand {
  private ListCommand() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("list", ListCommand::run);
  }

  private static void run(CommandCall call) {
    List<String> args = call.args();
    if (args.size() < 2) {
      call.unsupported("needs a sub-command and a list variable; ignored");
      return;
    }
    String op = args.get(0);
    String name = args.get(1);
    List<String> rest = args.subList(2, args.size());
    Variables vars = call.vars();
    String current = vars.get(name);
    List<String> items = current == null ? new ArrayList<>() : ListValues.split(current, true);
    switch (op) {
      case "APPEND" -> {
        items.addAll(rest);
        store(vars, name, items, current != null || !rest.isEmpty());
      }
      case "PREPEND" -> {
        items.addAll(0, rest);
        store(vars, name, items, current != null || !rest.isEmpty());
      }
      case "INSERT" -> insert(call, name, items, rest);
      case "REMOVE_ITEM" -> {
        if (current != null) {
          items.removeAll(rest);
          store(vars, name, items, true);
        }
      }
      case "REMOVE_AT" -> removeAt(call, name, items, rest);
      case "REMOVE_DUPLICATES" -> {
        if (current != null) {
          store(vars, name, new ArrayList<>(new LinkedHashSet<>(items)), true);
        }
      }
      case "LENGTH" -> setOut(call, rest, 0, Integer.toString(items.size()));
      case "GET" -> get(call, items, rest);
      case "FIND" -> {
        if (rest.size() >= 2) {
          vars.set(rest.get(1), Integer.toString(items.indexOf(rest.get(0))));
        }
      }
      case "JOIN" -> {
        if (rest.size() >= 2) {
          vars.set(rest.get(1), String.join(rest.get(0), items));
        }
      }
      case "REVERSE" -> {
        if (current != null) {
          Collections.reverse(items);
          store(vars, name, items, true);
        }
      }
      case "SORT" -> sort(vars, name, items, rest, current != null);
      case "FILTER" -> filter(call, name, items, rest, current != null);
      case "POP_BACK", "POP_FRONT" -> pop(call, op, name, items, rest);
      case "SUBLIST" -> sublist(call, items, rest);
      case "TRANSFORM" -> TransformList.run(call, name, items, rest);
      default -> call.unsupported("list(" + op + ") is not supported; variables left unchanged");
    }
  }

  private static void store(Variables vars, String name, List<String> items, boolean define) {
    if (define) {
      vars.set(name, ListValues.join(items));
    }
  }

  private static void setOut(CommandCall call, List<String> rest, int index, String value) {
    if (rest.size() > index) {
      call.vars().set(rest.get(index), value);
    }
  }

  /** A list index, negative counting from the end; null when out of range. */
  static Integer index(String text, int size, boolean allowEnd) {
    try {
      int i = Integer.parseInt(text.trim());
      if (i < 0) {
        i += size;
      }
      int limit = allowEnd ? size : size - 1;
      return i < 0 || i > limit ? null : i;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void insert(CommandCall call, String name, List<String> items, List<String> rest) {
    if (rest.isEmpty()) {
      return;
    }
    Integer at = index(rest.get(0), items.size(), true);
    if (at == null) {
      call.unsupported("list(INSERT) index " + rest.get(0) + " out of range; ignored");
      return;
    }
    items.addAll(at, rest.subList(1, rest.size()));
    store(call.vars(), name, items, true);
  }

  private static void removeAt(CommandCall call, String name, List<String> items, List<String> rest) {
    List<Integer> indices = new ArrayList<>();
    for (String r : rest) {
      Integer i = index(r, items.size(), false);
      if (i == null) {
        call.unsupported("list(REMOVE_AT) index " + r + " out of range; ignored");
        return;
      }
      indices.add(i);
    }
    indices.sort(Collections.reverseOrder());
    int last = -1;
    for (int i : indices) {
      if (i != last) {
        items.remove(i);
      }
      last = i;
    }
    store(call.vars(), name, items, true);
  }

  private static void get(CommandCall call, List<String> items, List<String> rest) {
    if (rest.size() < 2) {
      return;
    }
    List<String> picked = new ArrayList<>();
    for (String r : rest.subList(0, rest.size() - 1)) {
      Integer i = index(r, items.size(), false);
      if (i == null) {
        call.unsupported("list(GET) index " + r + " out of range; output left unset");
        call.vars().unset(rest.get(rest.size() - 1));
        return;
      }
      picked.add(items.get(i));
    }
    call.vars().set(rest.get(rest.size() - 1), ListValues.join(picked));
  }

  private static void sort(Variables vars, String name, List<String> items, List<String> rest, boolean defined) {
    boolean insensitive = false;
    boolean descending = false;
    for (int i = 0; i + 1 < rest.size(); i++) {
      if (rest.get(i).equals("CASE") && rest.get(i + 1).equals("INSENSITIVE")) {
        insensitive = true;
      } else if (rest.get(i).equals("ORDER") && rest.get(i + 1).equals("DESCENDING")) {
        descending = true;
      }
    }
    if (insensitive) {
      items.sort((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
    } else {
      Collections.sort(items);
    }
    if (descending) {
      Collections.reverse(items);
    }
    store(vars, name, items, defined);
  }

  private static void filter(CommandCall call, String name, List<String> items, List<String> rest, boolean defined) {
    if (rest.size() < 3 || !rest.get(1).equals("REGEX")
        || !(rest.get(0).equals("INCLUDE") || rest.get(0).equals("EXCLUDE"))) {
      call.unsupported("only list(FILTER <list> INCLUDE|EXCLUDE REGEX <regex>) is supported; list left unchanged");
      return;
    }
    Pattern pattern = call.session.regexes.get(rest.get(2));
    if (pattern == null) {
      call.unsupported("invalid regular expression '" + rest.get(2) + "'; list left unchanged");
      return;
    }
    boolean include = rest.get(0).equals("INCLUDE");
    List<String> kept = new ArrayList<>(items.size());
    Matcher matcher = pattern.matcher("");
    for (String item : items) {
      if (matcher.reset(call.session.interpreter.clock.guard(item)).find() == include) {
        kept.add(item);
      }
    }
    store(call.vars(), name, kept, defined);
  }

  private static void pop(CommandCall call, String op, String name, List<String> items, List<String> rest) {
    boolean back = op.equals("POP_BACK");
    int count = Math.max(1, rest.size());
    for (int i = 0; i < count; i++) {
      String out = i < rest.size() ? rest.get(i) : null;
      if (items.isEmpty()) {
        if (out != null) {
          call.vars().unset(out);
        }
        continue;
      }
      String value = back ? items.remove(items.size() - 1) : items.remove(0);
      if (out != null) {
        call.vars().set(out, value);
      }
    }
    store(call.vars(), name, items, true);
  }

  private static void sublist(CommandCall call, List<String> items, List<String> rest) {
    if (rest.size() < 3) {
      return;
    }
    try {
      int begin = Integer.parseInt(rest.get(0).trim());
      int length = Integer.parseInt(rest.get(1).trim());
      if (begin < 0 || begin > items.size()) {
        call.unsupported("list(SUBLIST) begin " + begin + " out of range; output left unchanged");
        return;
      }
      int end = length < 0 ? items.size() : Math.min(items.size(), begin + length);
      call.vars().set(rest.get(2), ListValues.join(items.subList(begin, end)));
    } catch (NumberFormatException e) {
      call.unsupported("list(SUBLIST) needs numbers; output left unchanged");
    }
  }
}
