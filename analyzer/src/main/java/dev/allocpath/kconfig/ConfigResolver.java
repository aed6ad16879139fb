package dev.allocpath.kconfig;

import dev.allocpath.model.ConfigValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes every option's value the way Kconfig does when it writes sdkconfig: a value from the
 * configuration file, else the first default whose condition holds, and unset when the option's
 * dependencies are not met (a value the file gives for such an option is dropped, as
 * {@code idf.py} would drop it). Choices select one member. Evaluation repeats until nothing
 * changes, so an option may depend on one declared after it.
 *
 * <p>Without a configuration file ({@code known} false) only the project's own options get
 * values, and an option whose defaults or dependencies name anything the project does not
 * declare is left unknown rather than guessed; the built-in ESP-IDF table is not used.
 */
public final class ConfigResolver {
  private static final int MAX_PASSES = 32;

  private final Map<String, KconfigSymbol> symbols = new LinkedHashMap<>();
  private final Map<String, KconfigChoice> choices = new LinkedHashMap<>();
  private final Map<String, String> choiceOf = new HashMap<>();
  private final Map<String, Boolean> builtin = new HashMap<>();
  private final Map<String, ConfigValue> file;
  private final boolean known;
  private final BuiltinOptions table;

  /** Raised while evaluating, without a configuration, when a condition names an unknown option. */
  private static final class Unknown extends RuntimeException {
    Unknown() {
      super(null, null, false, false);
    }
  }

  private ConfigResolver(Map<String, ConfigValue> file, KconfigReader.Definitions project, boolean known,
      BuiltinOptions table) {
    this.file = file;
    this.known = known;
    this.table = table;
    add(project, false);
    if (known) {
      add(table.definitions(), true);
    }
  }

  /**
   * @param file the configuration file's values ({@code CONFIG_} names), empty when there is none
   * @param project what the project's Kconfig files declare
   * @param known whether a configuration file was found
   * @return every option with a value or explicitly unset, by {@code CONFIG_} name
   */
  public static Map<String, ConfigValue> resolve(Map<String, ConfigValue> file, KconfigReader.Definitions project,
      boolean known) {
    return new ConfigResolver(file, project, known, BuiltinOptions.get()).run();
  }

  private void add(KconfigReader.Definitions definitions, boolean isBuiltin) {
    definitions.symbols().forEach((name, symbol) -> {
      if (symbols.putIfAbsent(name, symbol) == null) {
        builtin.put(name, isBuiltin);
      }
    });
    for (KconfigChoice choice : definitions.choices()) {
      if (choices.putIfAbsent(choice.name(), choice) == null) {
        choice.members().forEach(m -> choiceOf.putIfAbsent(m, choice.name()));
      }
    }
  }

  private Map<String, ConfigValue> run() {
    Map<String, ConfigValue> values = new HashMap<>();
    if (known) {
      for (ConfigValue value : file.values()) {
        values.put(value.name(), normalised(value));
      }
    }
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Map<String, ConfigValue> next = new HashMap<>(values);
      for (KconfigSymbol symbol : symbols.values()) {
        ConfigValue value = evaluate(symbol, values);
        if (value == null) {
          next.remove("CONFIG_" + symbol.name());
        } else {
          next.put("CONFIG_" + symbol.name(), value);
        }
      }
      if (next.equals(values)) {
        break;
      }
      values = next;
    }
    return new TreeMap<>(values);
  }

  /** A bool written as {@code 1} (sdkconfig.h) is {@code y}. */
  private ConfigValue normalised(ConfigValue value) {
    KconfigSymbol symbol = symbols.get(value.name().substring("CONFIG_".length()));
    if (symbol != null && symbol.isBool() && "1".equals(value.value())) {
      return new ConfigValue(value.name(), "y", value.source(), value.origin());
    }
    return value;
  }

  /** The symbol's value given the values so far; null when unknown (no configuration). */
  private ConfigValue evaluate(KconfigSymbol symbol, Map<String, ConfigValue> values) {
    String name = "CONFIG_" + symbol.name();
    Function<String, String> lookup = lookup(values);
    ConfigValue given = known ? file.get(name) : null;
    try {
      KconfigChoice choice = choices.get(choiceOf.get(symbol.name()));
      KconfigExpression visible = choice == null ? symbol.dependsOn() : symbol.dependsOn().and(choice.dependsOn());
      if (!visible.holds(lookup)) {
        String why = " (depends on " + visible.text() + " not met)";
        return given != null
            ? new ConfigValue(name, null, ConfigValue.Source.FILE, given.origin() + why)
            : new ConfigValue(name, null, source(symbol), origin(symbol, symbol.origin()) + why);
      }
      if (choice != null) {
        return member(symbol, choice, lookup);
      }
      if (given != null) {
        return normalised(given);
      }
      for (KconfigSymbol.Default d : symbol.defaults()) {
        if (d.condition().holds(lookup)) {
          return new ConfigValue(name, defaultValue(symbol, d.value(), lookup), source(symbol),
              origin(symbol, d.origin()));
        }
      }
      return new ConfigValue(name, null, source(symbol), origin(symbol, symbol.origin()) + " (no default applies)");
    } catch (Unknown e) {
      return null;
    }
  }

  /** A choice member: y when the file picks it, else when it is the choice's default. */
  private ConfigValue member(KconfigSymbol symbol, KconfigChoice choice, Function<String, String> lookup) {
    String name = "CONFIG_" + symbol.name();
    String picked = null;
    String pickedOrigin = null;
    boolean fromFile = false;
    for (String member : choice.members()) {
      ConfigValue v = known ? file.get("CONFIG_" + member) : null;
      if (v != null && ("y".equals(v.value()) || "1".equals(v.value()))) {
        picked = member;
        pickedOrigin = v.origin();
        fromFile = true;
        break;
      }
    }
    if (picked == null) {
      for (KconfigSymbol.Default d : choice.defaults()) {
        KconfigSymbol candidate = symbols.get(d.value());
        if (d.condition().holds(lookup) && candidate != null && candidate.dependsOn().holds(lookup)) {
          picked = d.value();
          pickedOrigin = d.origin();
          break;
        }
      }
    }
    if (picked == null) {
      for (String member : choice.members()) {
        KconfigSymbol candidate = symbols.get(member);
        if (candidate != null && candidate.dependsOn().holds(lookup)) {
          picked = member;
          pickedOrigin = candidate.origin();
          break;
        }
      }
    }
    ConfigValue.Source source = fromFile ? ConfigValue.Source.FILE : source(symbol);
    String origin = fromFile ? pickedOrigin : origin(symbol, pickedOrigin);
    boolean chosen = symbol.name().equals(picked);
    return new ConfigValue(name, chosen ? "y" : null, source,
        chosen ? origin : origin + " (choice " + choice.name() + " is " + picked + ")");
  }

  private String defaultValue(KconfigSymbol symbol, String written, Function<String, String> lookup) {
    if (symbol.isBool()) {
      String unquoted = KconfigExpression.unquote(written);
      KconfigExpression expression = KconfigExpression.parse(unquoted);
      return expression.holds(lookup) ? "y" : null;
    }
    if (written.startsWith("\"") || KconfigExpression.number(written) != null) {
      return written;
    }
    if (written.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return lookup.apply(written);
    }
    return written;
  }

  private Function<String, String> lookup(Map<String, ConfigValue> values) {
    return symbol -> {
      ConfigValue v = values.get("CONFIG_" + symbol);
      if (v == null && !known && !symbols.containsKey(symbol)) {
        throw new Unknown();
      }
      if (v == null && !known) {
        throw new Unknown(); // declared but not evaluated yet: wait for the next pass
      }
      return v == null ? null : v.value();
    };
  }

  private ConfigValue.Source source(KconfigSymbol symbol) {
    return Objects.equals(builtin.get(symbol.name()), Boolean.TRUE)
        ? ConfigValue.Source.BUILTIN_DEFAULT : ConfigValue.Source.KCONFIG_DEFAULT;
  }

  private String origin(KconfigSymbol symbol, String where) {
    return Objects.equals(builtin.get(symbol.name()), Boolean.TRUE) ? table.origin(symbol.name()) : where;
  }

  /** For tests: the choices known to this resolver. */
  List<String> choiceNames() {
    return List.copyOf(choices.keySet());
  }
}
