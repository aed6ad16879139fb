package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words like a POSIX shell does (no expansion): single quotes are
 * literal, double quotes allow backslash escapes of {@code " \ $ `}, an unquoted backslash escapes
 * the next character. Used for compile_commands.json {@code command}, {@code SHELL:} options and
 * {@code COMPILE_FLAGS}.
 */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        inWord = true;
        int close = line.indexOf('\'', i + 1);
        int end = close < 0 ? n : close;
        word.append(line, i + 1, end);
        i = end;
      } else if (c == '"') {
        inWord = true;
        i++;
        for (; i < n && line.charAt(i) != '"'; i++) {
          char d = line.charAt(i);
          if (d == '\\' && i + 1 < n && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
            d = line.charAt(++i);
          }
          word.append(d);
        }
      } else if (c == '\\' && i + 1 < n) {
        inWord = true;
        word.append(line.charAt(++i));
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        inWord = true;
        word.append(c);
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
