package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** set, unset, option, cmake_parse_arguments, separate_arguments and ESP-IDF's spaces2list. */
final class VariableCommands {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private VariableCommands() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("set", VariableCommands::set);
    table.put("unset", VariableCommands::unset);
    table.put("option", VariableCommands::option);
    table.put("cmake_parse_arguments", VariableCommands::parseArguments);
    table.put("separate_arguments", VariableCommands::separateArguments);
    table.put("spaces2list", VariableCommands::spaces2list);
  }

  private static void set(CommandCall call) {
    List<String> args = call.args();
    if (args.isEmpty()) {
      call.unsupported("no variable name given; ignored");
      return;
    }
    String name = args.get(0);
    List<String> values = new ArrayList<>(args.subList(1, args.size()));
    Variables vars = call.vars();
    if (name.startsWith("ENV{") && name.endsWith("}")) {
      vars.setEnv(name.substring(4, name.length() - 1), values.isEmpty() ? null : values.get(0));
      return;
    }
    if (!values.isEmpty() && values.get(values.size() - 1).equals("PARENT_SCOPE")) {
      List<String> value = values.subList(0, values.size() - 1);
      if (!vars.setInParent(name, value.isEmpty() ? null : ListValues.join(value))) {
        call.unsupported("PARENT_SCOPE used where there is no parent scope; ignored");
      }
      return;
    }
    int cache = values.indexOf("CACHE");
    if (cache >= 0 && values.size() >= cache + 3) {
      boolean force = values.get(values.size() - 1).equals("FORCE");
      vars.setCache(name, ListValues.join(values.subList(0, cache)), force);
      return;
    }
    if (values.isEmpty()) {
      vars.unset(name);
    } else {
      vars.set(name, ListValues.join(values));
    }
  }

  private static void unset(CommandCall call) {
    List<String> args = call.args();
    if (args.isEmpty()) {
      return;
    }
    String name = args.get(0);
    String mode = args.size() > 1 ? args.get(1) : "";
    Variables vars = call.vars();
    if (name.startsWith("ENV{") && name.endsWith("}")) {
      vars.setEnv(name.substring(4, name.length() - 1), null);
    } else if (mode.equals("CACHE")) {
      vars.unsetCache(name);
    } else if (mode.equals("PARENT_SCOPE")) {
      vars.setInParent(name, null);
    } else {
      vars.unset(name);
    }
  }

  /** option(NAME "help" [value]): a cache boolean, unless a normal variable already exists (CMP0077). */
  private static void option(CommandCall call) {
    List<String> args = call.args();
    if (args.isEmpty()) {
      return;
    }
    String name = args.get(0);
    if (call.vars().defined(name) && call.vars().cache(name) == null) {
      return;
    }
    String value = args.size() > 2 && Truth.isTrueConstant(args.get(2)) ? "ON" : "OFF";
    call.vars().setCache(name, value, false);
  }

  /**
   * cmake_parse_arguments(prefix options one_value multi_value args...) and the
   * PARSE_ARGV form used inside functions.
   */
  private static void parseArguments(CommandCall call) {
    List<String> args = call.args();
    List<String> input;
    int first;
    if (!args.isEmpty() && args.get(0).equals("PARSE_ARGV")) {
      if (args.size() < 6) {
        call.unsupported("PARSE_ARGV form needs 5 arguments; ignored");
        return;
      }
      first = 2;
      input = new ArrayList<>();
      int start;
      try {
        start = Integer.parseInt(args.get(1));
      } catch (NumberFormatException e) {
        call.unsupported("PARSE_ARGV index '" + args.get(1) + "' is not a number; ignored");
        return;
      }
      int count = parseIntOr(call.vars().get("ARGC"), 0);
      for (int i = start; i < count; i++) {
        input.add(call.vars().getOrEmpty("ARGV" + i));
      }
    } else {
      if (args.size() < 4) {
        call.unsupported("needs prefix, options, one-value and multi-value keyword lists; ignored");
        return;
      }
      first = 0;
      input = new ArrayList<>(args.subList(4, args.size()));
    }
    String prefix = args.get(first);
    Set<String> options = new HashSet<>(ListValues.split(args.get(first + 1), false));
    Set<String> single = new HashSet<>(ListValues.split(args.get(first + 2), false));
    Set<String> multi = new HashSet<>(ListValues.split(args.get(first + 3), false));
    ArgumentParse parse = ArgumentParse.of(input, options, single, multi);
    Variables vars = call.vars();
    for (String option : options) {
      vars.set(prefix + "_" + option, parse.present.contains(option) ? "TRUE" : "FALSE");
    }
    for (String keyword : single) {
      store(vars, prefix + "_" + keyword, parse.values.get(keyword));
    }
    for (String keyword : multi) {
      store(vars, prefix + "_" + keyword, parse.values.get(keyword));
    }
    store(vars, prefix + "_UNPARSED_ARGUMENTS", parse.unparsed.isEmpty() ? null : parse.unparsed);
    store(vars, prefix + "_KEYWORDS_MISSING_VALUES", parse.missing.isEmpty() ? null : parse.missing);
  }

  private static void store(Variables vars, String name, List<String> values) {
    if (values == null || values.isEmpty()) {
      vars.unset(name);
    } else {
      vars.set(name, ListValues.join(values));
    }
  }

  private static int parseIntOr(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** separate_arguments(var UNIX_COMMAND|NATIVE_COMMAND "text") or the old separate_arguments(var). */
  private static void separateArguments(CommandCall call) {
    List<String> args = call.args();
    if (args.isEmpty()) {
      return;
    }
    String name = args.get(0);
    if (args.size() == 1) {
      String value = call.vars().getOrEmpty(name);
      call.vars().set(name, value.replace(' ', ';'));
      return;
    }
    String mode = args.get(1);
    if (!mode.equals("UNIX_COMMAND") && !mode.equals("NATIVE_COMMAND")) {
      call.unsupported("mode " + mode + " is not supported; variable left unchanged");
      return;
    }
    String text = args.size() > 2 ? args.get(args.size() - 1) : "";
    call.vars().set(name, ListValues.join(ShellWords.split(text)));
  }

  /** ESP-IDF's spaces2list(var): a space-separated string becomes a list. */
  private static void spaces2list(CommandCall call) {
    String name = call.arg(0);
    if (name == null) {
      return;
    }
    String value = call.vars().getOrEmpty(name).trim();
    List<String> words = value.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(value));
    call.vars().set(name, ListValues.join(words));
  }
}
