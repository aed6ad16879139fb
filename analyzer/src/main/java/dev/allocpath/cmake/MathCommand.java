package dev.allocpath.cmake;

import java.util.List;
import java.util.Map;

/** math(EXPR var "expression" [OUTPUT_FORMAT DECIMAL|HEXADECIMAL]) with 64-bit integer arithmetic. */
final class MathCommand {
  private MathCommand() {}

  static void register(Map<String, CommandHandler> table) {
    table.put("math", MathCommand::run);
  }

  private static void run(CommandCall call) {
    List<String> a = call.args();
    if (a.size() < 3 || !a.get(0).equals("EXPR")) {
      call.unsupported("only math(EXPR <var> <expression>) is supported; ignored");
      return;
    }
    boolean hex = a.size() >= 5 && a.get(3).equals("OUTPUT_FORMAT") && a.get(4).equals("HEXADECIMAL");
    try {
      long value = new Parser(a.get(2)).parse();
      call.vars().set(a.get(1), hex ? "0x" + Long.toHexString(value) : Long.toString(value));
    } catch (IllegalArgumentException | ArithmeticException e) {
      call.unsupported("cannot evaluate '" + a.get(2) + "' (" + e.getMessage() + "); variable left unchanged");
    }
  }

  /** Recursive descent over C precedence: | ^ & (shift) (+ -) (* / %) unary. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    long parse() {
      long v = or();
      skipSpace();
      if (pos != text.length()) {
        throw new IllegalArgumentException("unexpected '" + text.charAt(pos) + "'");
      }
      return v;
    }

    private long or() {
      long v = xor();
      while (accept('|')) {
        v |= xor();
      }
      return v;
    }

    private long xor() {
      long v = and();
      while (accept('^')) {
        v ^= and();
      }
      return v;
    }

    private long and() {
      long v = shift();
      while (accept('&')) {
        v &= shift();
      }
      return v;
    }

    private long shift() {
      long v = additive();
      while (true) {
        if (accept("<<")) {
          v <<= additive();
        } else if (accept(">>")) {
          v >>= additive();
        } else {
          return v;
        }
      }
    }

    private long additive() {
      long v = multiplicative();
      while (true) {
        if (accept('+')) {
          v += multiplicative();
        } else if (accept('-')) {
          v -= multiplicative();
        } else {
          return v;
        }
      }
    }

    private long multiplicative() {
      long v = unary();
      while (true) {
        if (accept('*')) {
          v *= unary();
        } else if (accept('/')) {
          v /= unary();
        } else if (accept('%')) {
          v %= unary();
        } else {
          return v;
        }
      }
    }

    private long unary() {
      if (accept('-')) {
        return -unary();
      }
      if (accept('+')) {
        return unary();
      }
      if (accept('~')) {
        return ~unary();
      }
      if (accept('(')) {
        long v = or();
        if (!accept(')')) {
          throw new IllegalArgumentException("missing ')'");
        }
        return v;
      }
      return number();
    }

    private long number() {
      skipSpace();
      int start = pos;
      int radix = 10;
      if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
        radix = 16;
        pos += 2;
        start = pos;
      }
      while (pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalArgumentException("number expected");
      }
      return Long.parseUnsignedLong(text.substring(start, pos), radix);
    }

    private boolean accept(char c) {
      skipSpace();
      // "<<" and ">>" are matched before single characters by the callers.
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean accept(String s) {
      skipSpace();
      if (text.startsWith(s, pos)) {
        pos += s.length();
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}
