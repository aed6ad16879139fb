package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates {@code if()}/{@code elseif()}/{@code while()} conditions with CMake's precedence:
 * parentheses, unary tests, binary tests, NOT, AND, OR. Unquoted operands that name a defined
 * variable are dereferenced; quoted operands never are (policy CMP0054 NEW, as in every CMake
 * ESP-IDF supports). What cannot be decided from the project alone raises {@link Unsupported}.
 */
final class ConditionEvaluator {

  /** A condition the evaluator cannot decide; the caller reports it and takes the condition as false. */
  static final class Unsupported extends Exception {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  /** What a condition needs from the outside world. */
  interface Host {
    /** Whether a file or directory exists (null: not allowed to look, e.g. outside the project). */
    Boolean exists(String path, boolean directoryOnly);

    boolean isCommand(String name);

    /** Whether a target exists; null when the evaluator cannot know. */
    Boolean isTarget(String name);

    Pattern regex(String pattern) throws Unsupported;

    /** Matcher input for a value; the interpreter's stops a runaway match at its time limit. */
    default CharSequence guard(String value) {
      return value;
    }
  }

  private static final Set<String> UNARY =
      Set.of(
          "EXISTS", "COMMAND", "DEFINED", "IS_DIRECTORY", "IS_ABSOLUTE", "IS_SYMLINK", "IS_READABLE",
          "IS_WRITABLE", "IS_EXECUTABLE", "POLICY", "TARGET", "TEST");
  private static final Set<String> BINARY =
      Set.of(
          "MATCHES", "LESS", "GREATER", "EQUAL", "LESS_EQUAL", "GREATER_EQUAL", "STRLESS", "STRGREATER",
          "STREQUAL", "STRLESS_EQUAL", "STRGREATER_EQUAL", "VERSION_LESS", "VERSION_GREATER",
          "VERSION_EQUAL", "VERSION_LESS_EQUAL", "VERSION_GREATER_EQUAL", "IN_LIST", "IS_NEWER_THAN",
          "PATH_EQUAL");

  /** An operand, or the result of a reduced sub-expression. */
  private record Token(String text, boolean quoted, Boolean result) {
    static Token of(boolean value) {
      return new Token(value ? "TRUE" : "FALSE", false, value);
    }

    boolean isKeyword(String keyword) {
      return result == null && !quoted && text.equals(keyword);
    }

    boolean isKeywordIn(Set<String> keywords) {
      return result == null && !quoted && keywords.contains(text);
    }
  }

  /** Operands and operators in one condition; real conditions have a few dozen. */
  static final int MAX_TOKENS = 10_000;
  /**
   * Parentheses nested in one condition. Each level is a recursive reduction over a copy of its
   * part, so 50,000 levels once took minutes and gigabytes; real files nest two or three.
   */
  static final int MAX_PARENTHESES_DEPTH = 100;

  private final Variables vars;
  private final Host host;

  ConditionEvaluator(Variables vars, Host host) {
    this.vars = vars;
    this.host = host;
  }

  boolean evaluate(List<Arg> args) throws Unsupported {
    List<Token> tokens = new ArrayList<>(args.size());
    for (Arg a : args) {
      tokens.add(new Token(a.value(), a.quoted(), null));
    }
    if (tokens.isEmpty()) {
      return false;
    }
    checkSize(tokens);
    return reduce(tokens);
  }

  /**
   * Refuses, before any work, a condition past the size or nesting limits: an {@link EvaluationLimit},
   * so the interpreter stops the file with a warning naming the limit.
   */
  private static void checkSize(List<Token> tokens) {
    if (tokens.size() > MAX_TOKENS) {
      throw new EvaluationLimit("condition has " + tokens.size() + " arguments, more than the limit of " + MAX_TOKENS);
    }
    int depth = 0;
    for (Token token : tokens) {
      if (token.isKeyword("(") && ++depth > MAX_PARENTHESES_DEPTH) {
        throw new EvaluationLimit("condition nests parentheses deeper than the limit of " + MAX_PARENTHESES_DEPTH);
      } else if (token.isKeyword(")")) {
        depth--;
      }
    }
  }

  private boolean reduce(List<Token> t) throws Unsupported {
    reduceParentheses(t);
    reduceUnary(t);
    reduceBinary(t);
    reduceNot(t);
    reduceLogical(t, "AND");
    reduceLogical(t, "OR");
    if (t.size() != 1) {
      StringBuilder text = new StringBuilder();
      for (Token token : t) {
        text.append(text.length() == 0 ? "" : " ").append(token.result != null ? token.result : token.text);
      }
      throw new Unsupported("cannot evaluate condition '" + text + "'");
    }
    return truth(t.get(0));
  }

  private void reduceParentheses(List<Token> t) throws Unsupported {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isKeyword(")")) {
        throw new Unsupported("unbalanced ')' in condition");
      }
      if (!t.get(i).isKeyword("(")) {
        continue;
      }
      int depth = 0;
      int close = -1;
      for (int j = i; j < t.size(); j++) {
        if (t.get(j).isKeyword("(")) {
          depth++;
        } else if (t.get(j).isKeyword(")") && --depth == 0) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        throw new Unsupported("unbalanced '(' in condition");
      }
      boolean inner = reduce(new ArrayList<>(t.subList(i + 1, close)));
      t.subList(i, close + 1).clear();
      t.add(i, Token.of(inner));
    }
  }

  private void reduceUnary(List<Token> t) throws Unsupported {
    for (int i = 0; i + 1 < t.size(); i++) {
      Token op = t.get(i);
      if (!op.isKeywordIn(UNARY)) {
        continue;
      }
      String operand = t.get(i + 1).text;
      boolean value =
          switch (op.text) {
            case "DEFINED" -> defined(operand);
            case "EXISTS", "IS_READABLE" -> fileTest(op.text, operand, false);
            case "IS_DIRECTORY" -> fileTest(op.text, operand, true);
            case "IS_ABSOLUTE" -> operand.startsWith("/") || operand.startsWith("\\")
                || (operand.length() > 2 && operand.charAt(1) == ':');
            case "COMMAND" -> host.isCommand(operand);
            case "TARGET" -> {
              Boolean known = host.isTarget(operand);
              if (known == null) {
                throw new Unsupported("if(TARGET " + operand + "): target not known to the model");
              }
              yield known;
            }
            default -> throw new Unsupported("if(" + op.text + " ...) is not supported");
          };
      t.subList(i, i + 2).clear();
      t.add(i, Token.of(value));
    }
  }

  private boolean fileTest(String op, String path, boolean directoryOnly) throws Unsupported {
    Boolean exists = host.exists(path, directoryOnly);
    if (exists == null) {
      throw new Unsupported("if(" + op + " " + path + "): path outside the project is not checked");
    }
    return exists;
  }

  private boolean defined(String operand) {
    if (operand.startsWith("ENV{") && operand.endsWith("}")) {
      return vars.envDefined(operand.substring(4, operand.length() - 1));
    }
    if (operand.startsWith("CACHE{") && operand.endsWith("}")) {
      return vars.cacheDefined(operand.substring(6, operand.length() - 1));
    }
    return vars.defined(operand);
  }

  private void reduceBinary(List<Token> t) throws Unsupported {
    int i = 0;
    while (i + 2 < t.size()) {
      Token op = t.get(i + 1);
      if (!op.isKeywordIn(BINARY)) {
        i++;
        continue;
      }
      boolean value = binary(op.text, t.get(i), t.get(i + 2));
      t.subList(i, i + 3).clear();
      t.add(i, Token.of(value));
    }
  }

  private boolean binary(String op, Token left, Token right) throws Unsupported {
    String l = operandValue(left);
    return switch (op) {
      case "MATCHES" -> matches(l, right.text);
      case "STREQUAL" -> l.equals(operandValue(right));
      case "STRLESS" -> l.compareTo(operandValue(right)) < 0;
      case "STRGREATER" -> l.compareTo(operandValue(right)) > 0;
      case "STRLESS_EQUAL" -> l.compareTo(operandValue(right)) <= 0;
      case "STRGREATER_EQUAL" -> l.compareTo(operandValue(right)) >= 0;
      case "PATH_EQUAL" -> collapseSlashes(l).equals(collapseSlashes(operandValue(right)));
      case "EQUAL", "LESS", "GREATER", "LESS_EQUAL", "GREATER_EQUAL" -> numeric(op, l, operandValue(right));
      case "IN_LIST" -> {
        String list = right.quoted ? null : vars.get(right.text);
        yield list != null && ListValues.split(list, true).contains(l);
      }
      case "IS_NEWER_THAN" -> throw new Unsupported("if(... IS_NEWER_THAN ...) depends on file times; not evaluated");
      default -> version(op, l, operandValue(right));
    };
  }

  private static String collapseSlashes(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private boolean matches(String value, String pattern) throws Unsupported {
    Matcher m = host.regex(pattern).matcher(host.guard(value));
    for (int g = 0; g <= 9; g++) {
      vars.unset("CMAKE_MATCH_" + g);
    }
    if (!m.find()) {
      vars.set("CMAKE_MATCH_COUNT", "0");
      return false;
    }
    int groups = Math.min(9, m.groupCount());
    for (int g = 0; g <= groups; g++) {
      String group = m.group(g);
      vars.set("CMAKE_MATCH_" + g, group == null ? "" : group);
    }
    vars.set("CMAKE_MATCH_COUNT", Integer.toString(groups));
    return true;
  }

  private static boolean numeric(String op, String l, String r) {
    Double a = Truth.number(l.trim());
    Double b = Truth.number(r.trim());
    if (a == null || b == null) {
      return false;
    }
    int c = Double.compare(a, b);
    return switch (op) {
      case "EQUAL" -> c == 0;
      case "LESS" -> c < 0;
      case "GREATER" -> c > 0;
      case "LESS_EQUAL" -> c <= 0;
      default -> c >= 0;
    };
  }

  private static boolean version(String op, String l, String r) {
    int c = compareVersions(l, r);
    return switch (op) {
      case "VERSION_LESS" -> c < 0;
      case "VERSION_GREATER" -> c > 0;
      case "VERSION_EQUAL" -> c == 0;
      case "VERSION_LESS_EQUAL" -> c <= 0;
      default -> c >= 0;
    };
  }

  /** Compares dotted versions component by component; missing components count as 0. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? leadingNumber(x[i]) : 0;
      long q = i < y.length ? leadingNumber(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long leadingNumber(String s) {
    long n = 0;
    for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)) && n < Long.MAX_VALUE / 10; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private void reduceNot(List<Token> t) {
    // Right to left, so "NOT NOT x" is x.
    for (int i = t.size() - 2; i >= 0; i--) {
      if (t.get(i).isKeyword("NOT")) {
        boolean value = !truth(t.get(i + 1));
        t.subList(i, i + 2).clear();
        t.add(i, Token.of(value));
      }
    }
  }

  private void reduceLogical(List<Token> t, String keyword) {
    int i = 0;
    while (i + 2 < t.size()) {
      if (!t.get(i + 1).isKeyword(keyword)) {
        i++;
        continue;
      }
      boolean a = truth(t.get(i));
      boolean b = truth(t.get(i + 2));
      boolean value = keyword.equals("AND") ? a && b : a || b;
      t.subList(i, i + 3).clear();
      t.add(i, Token.of(value));
    }
  }

  /** The value an operand stands for: a defined variable's value when unquoted, else its text. */
  private String operandValue(Token token) {
    if (token.result != null) {
      return token.result ? "1" : "0";
    }
    if (!token.quoted) {
      String value = vars.get(token.text);
      if (value != null) {
        return value;
      }
    }
    return token.text;
  }

  /** if(&lt;constant&gt;), if(&lt;variable&gt;), if(&lt;string&gt;) as CMake defines them. */
  private boolean truth(Token token) {
    if (token.result != null) {
      return token.result;
    }
    String text = token.text;
    if (Truth.isTrueConstant(text)) {
      return true;
    }
    if (Truth.isFalseConstant(text)) {
      return false;
    }
    if (token.quoted) {
      return false;
    }
    String value = vars.get(text);
    return value != null && !Truth.isFalseConstant(value);
  }
}
