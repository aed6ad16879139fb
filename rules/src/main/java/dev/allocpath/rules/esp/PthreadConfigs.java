package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code esp_pthread_cfg_t} in force where a pthread (or {@code std::thread}, which ESP-IDF
 * builds on pthreads) is created. ESP-IDF keeps the configuration per calling task: a
 * {@code esp_pthread_set_cfg} call applies to the threads the same task creates after it. So
 * the configuration that reaches a creation is the last one set before it in the same function,
 * else one set in a caller before the call that leads there, else (an approximation, said so)
 * one set during the component's start-up; without any, ESP-IDF's defaults apply.
 *
 * <p>A function that only wraps the call ({@code UsePsramThreadStacks(size)}) counts as setting
 * the configuration where it is called, with its parameters replaced by the caller's arguments.
 */
final class PthreadConfigs {
  static final String SET_CFG = "esp_pthread_set_cfg";
  private static final int MAX_CALLER_DEPTH = 4;

  /**
   * A configuration set at {@code setAt}, in {@code function}; the texts are null for fields it
   * leaves at their defaults.
   */
  record Config(SourceLocation setAt, String function, String stackText, String capsText, String how) {}

  private final ComponentCode code;
  private final CallGraph graph;
  private final List<Config> setters = new ArrayList<>();

  PthreadConfigs(ComponentCode code, CallGraph graph) {
    this.code = code;
    this.graph = graph;
    for (CallFact call : code.calls) {
      if (call.callee().equals(SET_CFG) && call.receiver() == null) {
        String function = call.enclosingFunction();
        String stack = field(function, call, "stack_size");
        String caps = field(function, call, "stack_alloc_caps");
        setters.add(new Config(call.location(), function, stack, caps, SET_CFG + " in '" + function + "'"));
        FunctionFact definition = definition(function);
        if (definition != null) {
          for (CallFact use : graph.callsOf(definition.name())) {
            setters.add(new Config(use.location(), use.enclosingFunction(),
                substitute(stack, definition, use), substitute(caps, definition, use),
                "'" + definition.qualifiedName() + "' (which calls " + SET_CFG + ") in '" + use.enclosingFunction() + "'"));
          }
        }
      }
    }
    setters.sort(Comparator.comparing(Config::setAt));
  }

  /**
   * The configuration reaching a creation at {@code where} in {@code function}, or null when
   * none does (ESP-IDF's defaults apply). {@code startup}: functions run at start-up.
   */
  Config reaching(String function, SourceLocation where, Collection<String> startup) {
    Config found = before(function, where);
    if (found != null) {
      return found;
    }
    Set<String> seen = new HashSet<>(Set.of(function));
    List<String> level = List.of(function);
    for (int depth = 0; depth < MAX_CALLER_DEPTH && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String callee : level) {
        for (CallFact call : graph.callsOf(simple(callee))) {
          Config set = before(call.enclosingFunction(), call.location());
          if (set != null) {
            return set;
          }
          if (seen.add(call.enclosingFunction())) {
            next.add(call.enclosingFunction());
          }
        }
      }
      level = next;
    }
    for (Config config : setters) {
      if (startup.contains(config.function())) {
        return config;
      }
    }
    return null;
  }

  private Config before(String function, SourceLocation where) {
    Config latest = null;
    for (Config config : setters) {
      if (config.function().equals(function) && config.setAt().path().equals(where.path())
          && config.setAt().line() <= where.line() && !config.setAt().equals(where)) {
        latest = config;
      }
    }
    return latest;
  }

  /**
   * The value given to a field of the configuration set in {@code function}: the last
   * assignment to {@code cfg.<field>} before the call, else a designated initializer of the
   * configuration variable; null when the field keeps the default.
   */
  private String field(String function, CallFact set, String name) {
    String value = null;
    for (AssignmentFact assignment : code.assignments) {
      if (assignment.enclosingFunction().equals(function) && assignment.target().endsWith(":" + name)
          && assignment.location().path().equals(set.location().path())
          && assignment.location().line() <= set.location().line()) {
        value = assignment.valueText();
      }
    }
    if (value != null || set.arguments().isEmpty() || set.arguments().get(0).storage() == null) {
      return value;
    }
    Pattern designated = Pattern.compile("\\." + name + "\\s*=\\s*([^,}]+)");
    for (VariableFact variable : code.variables) {
      if (variable.storageKey().equals(set.arguments().get(0).storage()) && variable.initializer() != null) {
        Matcher m = designated.matcher(variable.initializer());
        if (m.find()) {
          return m.group(1).strip();
        }
      }
    }
    return null;
  }

  private FunctionFact definition(String qualifiedName) {
    for (FunctionFact f : code.functions) {
      if (f.qualifiedName().equals(qualifiedName)) {
        return f;
      }
    }
    return null;
  }

  /** A parameter of the wrapper stands for the caller's argument in that position. */
  private static String substitute(String text, FunctionFact wrapper, CallFact use) {
    if (text == null) {
      return null;
    }
    int index = wrapper.parameterNames().indexOf(text.strip());
    return index >= 0 && index < use.arguments().size() ? use.arguments().get(index).text() : text;
  }

  static String simple(String qualifiedName) {
    int cut = qualifiedName.lastIndexOf("::");
    return cut < 0 ? qualifiedName : qualifiedName.substring(cut + 2);
  }
}
