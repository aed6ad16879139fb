package dev.allocpath.kconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Kconfig condition ({@code depends on}, {@code if} of a default, {@code if} block) and its
 * value. Supported: symbols, {@code y}/{@code m}/{@code n}, quoted strings, numbers, {@code !},
 * {@code &&}, {@code ||}, parentheses, {@code = != < <= > >=}. Tristate {@code m} counts as
 * {@code y} (ESP-IDF has no modules). A symbol with no value is {@code n}, as in Kconfig. Text
 * that does not parse is kept and evaluates to false, and {@link #error()} says why.
 */
public final class KconfigExpression {
  /** Always true: a symbol or default without a condition. */
  public static final KconfigExpression TRUE = new KconfigExpression("y", new Node.Constant("y"), null);

  private final String text;
  private final Node root;
  private final String error;

  private KconfigExpression(String text, Node root, String error) {
    this.text = text;
    this.root = root;
    this.error = error;
  }

  public static KconfigExpression parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return new KconfigExpression(trimmed, null, "empty condition");
    }
    try {
      Parser parser = new Parser(tokens(trimmed));
      Node node = parser.or();
      if (parser.position < parser.tokens.size()) {
        throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.position) + "'");
      }
      return new KconfigExpression(trimmed, node, null);
    } catch (IllegalArgumentException e) {
      return new KconfigExpression(trimmed, null, e.getMessage());
    }
  }

  /** Both conditions. */
  public KconfigExpression and(KconfigExpression other) {
    if (this == TRUE) {
      return other;
    }
    if (other == TRUE) {
      return this;
    }
    String error = this.error != null ? this.error : other.error;
    Node node = root == null || other.root == null ? null : new Node.And(root, other.root);
    return new KconfigExpression("(" + text + ") && (" + other.text + ")", node, error);
  }

  /** Either condition (a symbol defined in several places is visible when one definition is). */
  public KconfigExpression or(KconfigExpression other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    String error = this.error != null ? this.error : other.error;
    Node node = root == null || other.root == null ? null : new Node.Or(root, other.root);
    return new KconfigExpression("(" + text + ") || (" + other.text + ")", node, error);
  }

  public String text() {
    return text;
  }

  /** Why the text could not be read, or null. */
  public String error() {
    return error;
  }

  /**
   * @param values a symbol's value as sdkconfig writes it ({@code y}, a number, a quoted string),
   *     null when unset
   */
  public boolean holds(Function<String, String> values) {
    return root != null && truth(root.value(values));
  }

  static boolean truth(String value) {
    return value != null && (value.equals("y") || value.equals("m"));
  }

  @Override
  public String toString() {
    return text;
  }

  /** A parsed condition. Values are strings as sdkconfig holds them; conditions yield y or n. */
  private sealed interface Node {
    String value(Function<String, String> values);

    record Constant(String text) implements Node {
      public String value(Function<String, String> values) {
        return text;
      }
    }

    record Symbol(String name) implements Node {
      public String value(Function<String, String> values) {
        if (name.equals("y") || name.equals("n") || name.equals("m")) {
          return name;
        }
        String value = values.apply(name);
        return value == null ? "n" : value;
      }
    }

    record Not(Node operand) implements Node {
      public String value(Function<String, String> values) {
        return truth(operand.value(values)) ? "n" : "y";
      }
    }

    record And(Node left, Node right) implements Node {
      public String value(Function<String, String> values) {
        return truth(left.value(values)) && truth(right.value(values)) ? "y" : "n";
      }
    }

    record Or(Node left, Node right) implements Node {
      public String value(Function<String, String> values) {
        return truth(left.value(values)) || truth(right.value(values)) ? "y" : "n";
      }
    }

    record Compare(String operator, Node left, Node right) implements Node {
      public String value(Function<String, String> values) {
        String a = unquote(left.value(values));
        String b = unquote(right.value(values));
        int order;
        Long x = number(a);
        Long y = number(b);
        order = x != null && y != null ? Long.compare(x, y) : a.compareTo(b);
        boolean result = switch (operator) {
          case "=" -> order == 0;
          case "!=" -> order != 0;
          case "<" -> order < 0;
          case "<=" -> order <= 0;
          case ">" -> order > 0;
          default -> order >= 0;
        };
        return result ? "y" : "n";
      }
    }
  }

  static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }

  static Long number(String text) {
    try {
      String t = text.strip();
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c) {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= text.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        out.add("\"" + text.substring(i + 1, end) + "\"");
        i = end + 1;
      } else if (text.startsWith("&&", i) || text.startsWith("||", i) || text.startsWith("!=", i)
          || text.startsWith("<=", i) || text.startsWith(">=", i)) {
        out.add(text.substring(i, i + 2));
        i += 2;
      } else if ("!()=<>".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '-')) {
          end++;
        }
        out.add(text.substring(i, end));
        i = end;
      } else {
        throw new IllegalArgumentException("unexpected character '" + c + "'");
      }
    }
    return out;
  }

  /** Precedence as in Kconfig: || < && < comparison < !. */
  private static final class Parser {
    private final List<String> tokens;
    private int position;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    Node or() {
      Node left = and();
      while (accept("||")) {
        left = new Node.Or(left, and());
      }
      return left;
    }

    Node and() {
      Node left = unary();
      while (accept("&&")) {
        left = new Node.And(left, unary());
      }
      return left;
    }

    Node unary() {
      if (accept("!")) {
        return new Node.Not(unary());
      }
      Node left = primary();
      String next = peek();
      if (next != null && List.of("=", "!=", "<", "<=", ">", ">=").contains(next)) {
        position++;
        return new Node.Compare(next, left, primary());
      }
      return left;
    }

    Node primary() {
      String token = peek();
      if (token == null) {
        throw new IllegalArgumentException("condition ends too early");
      }
      position++;
      if (token.equals("(")) {
        Node inner = or();
        if (!accept(")")) {
          throw new IllegalArgumentException("missing ')'");
        }
        return inner;
      }
      if (token.startsWith("\"") || Character.isDigit(token.charAt(0)) || token.charAt(0) == '-') {
        return new Node.Constant(token);
      }
      if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
        throw new IllegalArgumentException("unexpected '" + token + "'");
      }
      return new Node.Symbol(token);
    }

    private String peek() {
      return position < tokens.size() ? tokens.get(position) : null;
    }

    private boolean accept(String token) {
      if (token.equals(peek())) {
        position++;
        return true;
      }
      return false;
    }
  }
}
