package dev.allocpath.bench;

/**
 * A line-oriented text builder for generated C, C++ and CMake. It keeps the indentation so the
 * writers can nest blocks without counting spaces, and always ends lines with {@code \n} so the
 * output is byte-identical on every platform.
 */
final class Code {
  private static final String INDENT = "    ";

  private final StringBuilder text = new StringBuilder(16 * 1024);
  private int depth;
  private int lines;

  /** One line at the current indentation. */
  Code line(String content) {
    text.append(INDENT.repeat(depth)).append(content).append('\n');
    lines++;
    return this;
  }

  /** A preprocessor line: always in column 0, as most ESP-IDF code writes them. */
  Code directive(String content) {
    text.append(content).append('\n');
    lines++;
    return this;
  }

  Code blank() {
    text.append('\n');
    lines++;
    return this;
  }

  /** {@code head {} and one level deeper; an empty head opens a bare scope. */
  Code open(String head) {
    line(head.isEmpty() ? "{" : head + " {");
    depth++;
    return this;
  }

  /** A function or class body brace on its own line (ESP-IDF style for functions). */
  Code openOwnLine(String head) {
    line(head);
    line("{");
    depth++;
    return this;
  }

  /** Closes a block; {@code tail} follows the brace, e.g. {@code " while (x);"} or {@code ";"}. */
  Code close(String tail) {
    depth--;
    line("}" + tail);
    return this;
  }

  Code close() {
    return close("");
  }

  /** Closes one block and opens the next at the same depth: {@code } else {}. */
  Code reopen(String head) {
    depth--;
    line("} " + head + " {");
    depth++;
    return this;
  }

  /** A label such as {@code cleanup:} one level out, as hand-written C does. */
  Code label(String name) {
    text.append(INDENT.repeat(Math.max(0, depth - 1))).append(name).append(":\n");
    lines++;
    return this;
  }

  Code indent() {
    depth++;
    return this;
  }

  Code dedent() {
    depth--;
    return this;
  }

  int lineCount() {
    return lines;
  }

  String text() {
    if (depth != 0) {
      throw new IllegalStateException("unbalanced blocks in generated code (depth " + depth + ")");
    }
    return text.toString();
  }
}
