package dev.allocpath.rules.esp;

import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Folds the integer constant expressions C code passes as sizes ({@code 4096},
 * {@code 4 * 1024}, {@code STACK_WORDS * sizeof...} is not one) to a number, and says what the
 * number rests on: literals and the project's own constants ({@code #define}, {@code const} and
 * {@code constexpr} variables with an initializer), Kconfig values from the build configuration,
 * or ESP-IDF's defaults when the configuration does not have them ({@link EspIdfDefaults}).
 *
 * <p>Call arguments in the facts are already macro-expanded, so most names left in them are
 * {@code constexpr}/{@code const} variables, {@code CONFIG_*} options (the SDK's macros are not
 * in the preprocessor's view), or parameters, which cannot be folded. Enumerators are not in
 * the facts and stay unknown. Written as a general folder (no stack-specific knowledge) so that
 * the allocation-size folding of the heap placement work can share it.
 */
public final class ConstantExpressions {
  /** Names expanded within names at most this deep: real code stays far below; cycles end here. */
  private static final int MAX_DEPTH = 16;
  /** Longer texts and deeper nesting are not sizes anyone writes: left unknown, never a stack overflow. */
  private static final int MAX_TEXT = 2_000;
  private static final int MAX_NESTING = 64;

  /** What a folded value rests on, weakest last: a figure is as good as its weakest part. */
  public enum Basis {
    SOURCE("from the source"),
    CONFIGURATION("from the configuration"),
    IDF_DEFAULT("ESP-IDF default");

    private final String words;

    Basis(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * A folded expression: {@code value} null when it could not be folded, {@code unknown} the
   * names that stopped it, {@code configUsed} the Kconfig options (with where their value came
   * from) it read.
   */
  public record Folded(Long value, Basis basis, List<String> unknown, List<String> configUsed) {
    public boolean known() {
      return value != null;
    }
  }

  private final Map<String, String> named;
  private final BuildConfig config;

  /** @param named constant name (simple or qualified) → its expression text */
  public ConstantExpressions(Map<String, String> named, BuildConfig config) {
    Map<String, String> all = new HashMap<>(named);
    // A qualified constant is also known by its simple name: code inside its namespace uses that.
    new java.util.TreeMap<>(named).forEach((name, text) -> {
      if (name.contains("::")) {
        all.putIfAbsent(name.substring(name.lastIndexOf("::") + 2), text);
      }
    });
    this.named = Map.copyOf(all);
    this.config = config;
  }

  /**
   * The constants of one component's units, computed once per run (the stack scan and the
   * internal-block scan both fold sizes and caps with them).
   */
  static ConstantExpressions ofComponent(ProjectFacts facts, String component) {
    return facts.derived(List.of(ConstantExpressions.class, component),
        f -> of(ComponentCode.unitsByComponent(f).getOrDefault(component, List.of()), f.model().config()));
  }

  /** The constants of a set of units: object-like macros and const/constexpr variables. */
  public static ConstantExpressions of(List<UnitFacts> units, BuildConfig config) {
    Map<String, String> named = new HashMap<>();
    for (UnitFacts unit : units) {
      for (MacroFact macro : unit.macros()) {
        if (macro.parameters() == null && macro.expansion() != null && !macro.expansion().isBlank()) {
          named.putIfAbsent(macro.name(), macro.expansion());
        }
      }
      for (VariableFact variable : unit.variables()) {
        if (variable.isConst() && variable.initializer() != null && !variable.type().indirect()) {
          named.putIfAbsent(variable.qualifiedName(), variable.initializer());
          named.putIfAbsent(variable.name(), variable.initializer());
        }
      }
    }
    return new ConstantExpressions(named, config);
  }

  public Folded fold(String text) {
    Parser parser = new Parser(text, 0);
    Long value = parser.parse();
    List<String> unknown = List.copyOf(new TreeSet<>(parser.unknown));
    return new Folded(unknown.isEmpty() ? value : null, parser.basis, unknown, List.copyOf(new TreeSet<>(parser.configUsed)));
  }

  /** A Kconfig value: the configuration's, else ESP-IDF's default; null when neither has it. */
  private Long configValue(String name, Parser into) {
    var value = config.value(name);
    if (value.isPresent()) {
      Long number = config.number(name).orElse(null);
      if (number == null && value.get().value().equals("y")) {
        number = 1L;
      }
      if (number != null) {
        // A value the configuration only has from ESP-IDF's built-in table is still a default.
        into.basis = weaker(into.basis, value.get().source() == dev.allocpath.model.ConfigValue.Source.BUILTIN_DEFAULT
            ? Basis.IDF_DEFAULT : Basis.CONFIGURATION);
        into.configUsed.add(name + "=" + number + describe(value.get()));
        return number;
      }
    }
    if (config.known() && config.values().containsKey(name)) {
      into.basis = weaker(into.basis, Basis.CONFIGURATION);
      into.configUsed.add(name + " unset" + describe(config.values().get(name)));
      return 0L; // "# CONFIG_X is not set": the preprocessor sees an undefined macro, i.e. 0
    }
    Long fallback = EspIdfDefaults.number(name);
    if (fallback != null) {
      into.basis = weaker(into.basis, Basis.IDF_DEFAULT);
      into.configUsed.add(name + "=" + fallback + " (" + EspIdfDefaults.BASIS + ")");
    }
    return fallback;
  }

  private static String describe(ConfigValue value) {
    return value.origin() == null || value.origin().isEmpty() ? "" : " (" + value.origin() + ")";
  }

  private static Basis weaker(Basis a, Basis b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Recursive descent over C's integer operators, with casts and integer suffixes skipped. */
  private final class Parser {
    private final List<String> tokens = new ArrayList<>();
    private final int depth;
    private int at;
    private final TreeSet<String> unknown = new TreeSet<>();
    private final TreeSet<String> configUsed = new TreeSet<>();
    private Basis basis = Basis.SOURCE;

    private int nesting;

    Parser(String text, int depth) {
      this.depth = depth;
      if (text != null && text.length() > MAX_TEXT) {
        unknown.add("(too long)");
      } else {
        tokenize(text == null ? "" : text);
      }
    }

    private void tokenize(String text) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (Character.isLetterOrDigit(c) || c == '_') {
          int start = i;
          while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
              || text.charAt(i) == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':')) {
            i += text.charAt(i) == ':' ? 2 : 1;
          }
          tokens.add(text.substring(start, i));
        } else if ((c == '<' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == c) {
          tokens.add(text.substring(i, i + 2));
          i += 2;
        } else {
          tokens.add(String.valueOf(c));
          i++;
        }
      }
    }

    Long parse() {
      if (tokens.isEmpty()) {
        unknown.add(unknown.isEmpty() ? "(empty)" : unknown.first());
        return null;
      }
      Long value = or();
      if (at < tokens.size()) {
        unknown.add(String.join(" ", tokens.subList(at, tokens.size())));
        return null;
      }
      return value;
    }

    private String peek() {
      return at < tokens.size() ? tokens.get(at) : "";
    }

    private boolean take(String token) {
      if (peek().equals(token)) {
        at++;
        return true;
      }
      return false;
    }

    private Long or() {
      Long value = xor();
      while (take("|")) {
        value = apply(value, xor(), (a, b) -> a | b);
      }
      return value;
    }

    private Long xor() {
      Long value = and();
      while (take("^")) {
        value = apply(value, and(), (a, b) -> a ^ b);
      }
      return value;
    }

    private Long and() {
      Long value = shift();
      while (take("&")) {
        value = apply(value, shift(), (a, b) -> a & b);
      }
      return value;
    }

    private Long shift() {
      Long value = sum();
      while (true) {
        if (take("<<")) {
          value = apply(value, sum(), (a, b) -> b >= 0 && b < 63 ? a << b : null);
        } else if (take(">>")) {
          value = apply(value, sum(), (a, b) -> b >= 0 && b < 63 ? a >> b : null);
        } else {
          return value;
        }
      }
    }

    private Long sum() {
      Long value = product();
      while (true) {
        if (take("+")) {
          value = apply(value, product(), Math::addExact);
        } else if (take("-")) {
          value = apply(value, product(), Math::subtractExact);
        } else {
          return value;
        }
      }
    }

    private Long product() {
      Long value = unary();
      while (true) {
        if (take("*")) {
          value = apply(value, unary(), Math::multiplyExact);
        } else if (take("/")) {
          value = apply(value, unary(), (a, b) -> b == 0 ? null : a / b);
        } else if (take("%")) {
          value = apply(value, unary(), (a, b) -> b == 0 ? null : a % b);
        } else {
          return value;
        }
      }
    }

    private Long unary() {
      if (++nesting > MAX_NESTING) {
        unknown.add("(nested too deeply)");
        at = tokens.size();
        return null;
      }
      try {
        return unaryAt();
      } finally {
        nesting--;
      }
    }

    private Long unaryAt() {
      if (take("-")) {
        Long v = unary();
        return v == null ? null : -v;
      }
      if (take("+")) {
        return unary();
      }
      if (take("~")) {
        Long v = unary();
        return v == null ? null : ~v;
      }
      if (peek().equals("(") && isCast()) {
        at += 3;
        return unary();
      }
      if (peek().equals("static_cast") && at + 1 < tokens.size() && tokens.get(at + 1).equals("<")) {
        at += 2;
        while (at < tokens.size() && !take(">")) {
          at++;
        }
        return unary();
      }
      return primary();
    }

    /** {@code (size_t)}, {@code (uint32_t)}, {@code (int)}: one type word in parentheses. */
    private boolean isCast() {
      if (at + 2 >= tokens.size() || !tokens.get(at + 2).equals(")")) {
        return false;
      }
      String word = tokens.get(at + 1);
      return word.endsWith("_t") || List.of("int", "unsigned", "long", "short", "char", "size_t").contains(word)
          || word.equals("StackType_t") || word.equals("configSTACK_DEPTH_TYPE");
    }

    private Long primary() {
      String token = peek();
      if (take("(")) {
        Long value = or();
        if (!take(")")) {
          unknown.add("(unbalanced parentheses)");
          return null;
        }
        return value;
      }
      if (token.isEmpty()) {
        unknown.add("(incomplete)");
        return null;
      }
      at++;
      if (Character.isDigit(token.charAt(0))) {
        return literal(token);
      }
      if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
        unknown.add(token);
        return null;
      }
      return name(token);
    }

    private Long literal(String token) {
      String digits = token.replaceAll("(?i)[ul]+$", "");
      try {
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
          return Long.parseLong(digits.substring(2), 16);
        }
        if (digits.length() > 1 && digits.startsWith("0")) {
          return Long.parseLong(digits.substring(1), 8);
        }
        return Long.parseLong(digits);
      } catch (NumberFormatException e) {
        unknown.add(token);
        return null;
      }
    }

    private Long name(String token) {
      if (token.startsWith("CONFIG_")) {
        Long value = configValue(token, this);
        if (value == null) {
          unknown.add(token);
        }
        return value;
      }
      String expression = named.get(token);
      if (expression == null && token.contains("::")) {
        expression = named.get(token.substring(token.lastIndexOf("::") + 2));
      }
      if (expression == null || depth >= MAX_DEPTH) {
        unknown.add(token);
        return null;
      }
      Parser inner = new Parser(expression, depth + 1);
      Long value = inner.parse();
      unknown.addAll(inner.unknown.isEmpty() ? List.of() : List.of(token));
      configUsed.addAll(inner.configUsed);
      basis = weaker(basis, inner.basis);
      return inner.unknown.isEmpty() ? value : null;
    }

    private Long apply(Long a, Long b, java.util.function.BinaryOperator<Long> op) {
      if (a == null || b == null) {
        return null;
      }
      try {
        return op.apply(a, b);
      } catch (ArithmeticException e) {
        unknown.add("(overflow)");
        return null;
      }
    }
  }
}
