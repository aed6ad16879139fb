package dev.allocpath.rules.esp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a C integer expression as written (after macro expansion) when the parser could not:
 * literals, {@code +  -  *  /  %  <<  >>  |  &}, parentheses, casts to simple type names,
 * {@code sizeof(type)} and names of constants. Names and types are looked up through the
 * functions given; anything else makes the whole expression unknown.
 */
final class ConstantText {
  /** A folded value and whether a {@code sizeof} estimate went into it. */
  record Value(long value, boolean estimated) {}

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(0[xX][0-9a-fA-F]+|\\d+|[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*|<<|>>|::|[-+*/%()|&~*,.\\->\\[\\]])[uUlL]*");
  private static final int MAX_TOKENS = 200;

  private final List<String> tokens;
  private final Function<String, Value> names;
  private final Function<String, Value> sizeofType;
  private int at;
  private boolean estimated;

  private ConstantText(List<String> tokens, Function<String, Value> names, Function<String, Value> sizeofType) {
    this.tokens = tokens;
    this.names = names;
    this.sizeofType = sizeofType;
  }

  /**
   * @param names a constant's value by name, or null when it is not a known constant
   * @param sizeofType a type's estimated size, or null when unknown
   */
  static Value fold(String text, Function<String, Value> names, Function<String, Value> sizeofType) {
    List<String> tokens = tokenize(text);
    if (tokens == null || tokens.isEmpty()) {
      return null;
    }
    ConstantText parser = new ConstantText(tokens, names, sizeofType);
    try {
      Long value = parser.or();
      if (value == null || parser.at != tokens.size()) {
        return null;
      }
      return new Value(value, parser.estimated);
    } catch (ArithmeticException | IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int position = 0;
    while (position < text.length()) {
      if (!m.find(position) || m.start() != position) {
        return text.substring(position).isBlank() ? tokens : null;
      }
      tokens.add(m.group(1));
      position = m.end();
      if (tokens.size() > MAX_TOKENS) {
        return null;
      }
    }
    return tokens;
  }

  private String peek() {
    return at < tokens.size() ? tokens.get(at) : "";
  }

  private boolean accept(String token) {
    if (peek().equals(token)) {
      at++;
      return true;
    }
    return false;
  }

  private Long or() {
    Long left = and();
    while (left != null && accept("|")) {
      Long right = and();
      left = right == null ? null : left | right;
    }
    return left;
  }

  private Long and() {
    Long left = shift();
    while (left != null && accept("&")) {
      Long right = shift();
      left = right == null ? null : left & right;
    }
    return left;
  }

  private Long shift() {
    Long left = sum();
    while (left != null && (peek().equals("<<") || peek().equals(">>"))) {
      boolean leftShift = tokens.get(at++).equals("<<");
      Long right = sum();
      left = right == null || right < 0 || right > 62 ? null : leftShift ? left << right : left >> right;
    }
    return left;
  }

  private Long sum() {
    Long left = product();
    while (left != null && (peek().equals("+") || peek().equals("-"))) {
      boolean plus = tokens.get(at++).equals("+");
      Long right = product();
      left = right == null ? null : plus ? Math.addExact(left, right) : Math.subtractExact(left, right);
    }
    return left;
  }

  private Long product() {
    Long left = unary();
    while (left != null && (peek().equals("*") || peek().equals("/") || peek().equals("%"))) {
      String op = tokens.get(at++);
      Long right = unary();
      if (right == null || (!op.equals("*") && right == 0)) {
        return null;
      }
      left = op.equals("*") ? Math.multiplyExact(left, right) : op.equals("/") ? left / right : left % right;
    }
    return left;
  }

  private Long unary() {
    if (accept("-")) {
      Long v = unary();
      return v == null ? null : -v;
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      Long v = unary();
      return v == null ? null : ~v;
    }
    if (accept("sizeof")) {
      return sizeofOperand();
    }
    if (peek().equals("(") && isCast()) {
      return unary();
    }
    return primary();
  }

  /** {@code (size_t)x}: a parenthesised type name followed by an operand. The cast is dropped. */
  private boolean isCast() {
    int close = at + 1;
    StringBuilder type = new StringBuilder();
    while (close < tokens.size() && !tokens.get(close).equals(")")) {
      String t = tokens.get(close);
      if (!t.matches("[A-Za-z_][A-Za-z0-9_:]*|\\*")) {
        return false;
      }
      type.append(type.length() == 0 ? "" : " ").append(t);
      close++;
    }
    if (close >= tokens.size() || close + 1 >= tokens.size() || type.length() == 0) {
      return false;
    }
    String next = tokens.get(close + 1);
    boolean operandFollows = next.equals("(") || next.matches("[A-Za-z0-9_].*");
    if (!operandFollows || names.apply(type.toString()) != null || sizeofType.apply(type.toString()) == null) {
      return false;
    }
    at = close + 1;
    return true;
  }

  private Long sizeofOperand() {
    estimated = true;
    if (!accept("(")) {
      // sizeof *p, sizeof x: an expression operand without parentheses.
      String operand = accept("*") ? "*" : "";
      String name = peek();
      if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
        return null;
      }
      at++;
      Value v = sizeofType.apply(operand + name);
      return v == null ? null : v.value();
    }
    int depth = 1;
    StringBuilder inner = new StringBuilder();
    while (at < tokens.size()) {
      String t = tokens.get(at++);
      if (t.equals("(")) {
        depth++;
      } else if (t.equals(")") && --depth == 0) {
        Value v = sizeofType.apply(inner.toString().trim());
        return v == null ? null : v.value();
      }
      inner.append(inner.length() == 0 || t.equals("*") ? "" : " ").append(t);
    }
    return null;
  }

  private Long primary() {
    if (accept("(")) {
      Long v = or();
      return v != null && accept(")") ? v : null;
    }
    String t = peek();
    if (t.isEmpty()) {
      return null;
    }
    at++;
    if (Character.isDigit(t.charAt(0))) {
      return t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16)
          : t.length() > 1 && t.startsWith("0") ? Long.parseLong(t, 8) : Long.parseLong(t);
    }
    if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
      return null;
    }
    Value named = names.apply(t);
    if (named == null) {
      return null;
    }
    estimated |= named.estimated();
    return named.value();
  }
}
