package dev.allocpath.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/** Test helper: checks that (), [] and {} nest properly outside comments, strings and char literals. */
final class Brackets {
  private Brackets() {}

  /** Empty when balanced, else a description of the first problem with its line. */
  static String unbalanced(String text) {
    Deque<Character> open = new ArrayDeque<>();
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '\n') {
        line++;
      } else if (c == '/' && next == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        line++;
      } else if (c == '/' && next == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return "unterminated comment at line " + line;
        }
        line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
        i = end + 1;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c) {
          if (text.charAt(j) == '\\') {
            j++;
          }
          if (j < text.length() && text.charAt(j) == '\n') {
            return "newline in literal at line " + line;
          }
          j++;
        }
        i = j;
      } else if (c == '(' || c == '[' || c == '{') {
        open.push(c);
      } else if (c == ')' || c == ']' || c == '}') {
        char want = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (open.isEmpty() || open.pop() != want) {
          return "unexpected '" + c + "' at line " + line;
        }
      }
    }
    return open.isEmpty() ? "" : "unclosed '" + open.peek() + "' at end";
  }
}
