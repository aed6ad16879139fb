package dev.allocpath.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The preprocessor lines of one C/C++ file that decide which other files it depends on: the
 * targets of {@code #include}/{@code #include_next}/{@code #import}, whether one of them is
 * computed by a macro, the names it {@code #define}s, and whether it declares, defines or calls
 * {@code operator new}. Read by hand rather than with regular expressions: three regular
 * expressions over every file of the reference tree took about half a second under the
 * launcher's C1-only JIT, this takes a small fraction of that.
 */
final class Directives {
  final List<String> includes = new ArrayList<>();
  final List<String> defines = new ArrayList<>();
  boolean computedInclude;
  boolean operatorNew;

  static Directives of(String source) {
    // A lone CR ends a line as a compiler counts it; CRLF just gains an empty line here.
    String text = source.replace('\r', '\n');
    Directives found = new Directives();
    int length = text.length();
    int line = 0;
    while (line < length) {
      int at = skipBlanks(text, line, length);
      if (at < length && text.charAt(at) == '#') {
        found.directive(text, skipBlanks(text, at + 1, length), length);
      }
      int next = text.indexOf('\n', line);
      line = next < 0 ? length : next + 1;
    }
    found.operatorNew = mentionsOperatorNew(text);
    return found;
  }

  private void directive(String text, int at, int length) {
    int end = identifierEnd(text, at, length);
    if (matches(text, at, end, "include") || matches(text, at, end, "include_next")
        || matches(text, at, end, "import")) {
      int open = skipBlanks(text, end, length);
      char c = open < length ? text.charAt(open) : '\n';
      if (c != '"' && c != '<') {
        computedInclude = true;
        return;
      }
      char close = c == '"' ? '"' : '>';
      int stop = open + 1;
      while (stop < length && text.charAt(stop) != close && text.charAt(stop) != '\n') {
        stop++;
      }
      includes.add(text.substring(open + 1, stop).strip());
    } else if (matches(text, at, end, "define")) {
      int name = skipBlanks(text, end, length);
      int nameEnd = identifierEnd(text, name, length);
      if (nameEnd > name && !Character.isDigit(text.charAt(name))) {
        defines.add(text.substring(name, nameEnd));
      }
    }
  }

  /** {@code operator new(}, {@code operator new[](} with any spacing; prose in comments rarely has the parenthesis. */
  private static boolean mentionsOperatorNew(String text) {
    int length = text.length();
    for (int at = text.indexOf("operator"); at >= 0; at = text.indexOf("operator", at + 8)) {
      if (at > 0 && isIdentifierPart(text.charAt(at - 1))) {
        continue;
      }
      int p = skipSpace(text, at + 8, length);
      if (!text.startsWith("new", p) || p + 3 < length && isIdentifierPart(text.charAt(p + 3))) {
        continue;
      }
      p = skipSpace(text, p + 3, length);
      if (p < length && text.charAt(p) == '[') {
        p = skipSpace(text, p + 1, length);
        if (p >= length || text.charAt(p) != ']') {
          continue;
        }
        p = skipSpace(text, p + 1, length);
      }
      if (p < length && text.charAt(p) == '(') {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String text, int start, int end, String word) {
    return end - start == word.length() && text.startsWith(word, start);
  }

  private static int skipBlanks(String text, int at, int length) {
    while (at < length && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  private static int skipSpace(String text, int at, int length) {
    while (at < length && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static int identifierEnd(String text, int at, int length) {
    while (at < length && isIdentifierPart(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isIdentifierPart(char c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
