package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.List;

/** CMake lists: strings whose elements are separated by unescaped semicolons. */
final class ListValues {
  private ListValues() {}

  /**
   * Splits like CMake's list expansion: {@code \;} is a literal semicolon, and semicolons inside
   * square brackets do not separate (so {@code a[b;c]} stays one element).
   *
   * @param keepEmpty whether empty elements are kept ({@code list()} keeps them, arguments do not)
   */
  static List<String> split(String value, boolean keepEmpty) {
    List<String> out = new ArrayList<>();
    split(value, keepEmpty, out);
    return out;
  }

  static void split(String value, boolean keepEmpty, List<String> out) {
    if (value.isEmpty()) {
      return;
    }
    if (value.indexOf(';') < 0) {
      out.add(value);
      return;
    }
    StringBuilder current = new StringBuilder();
    int brackets = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ';') {
        current.append(';');
        i++;
      } else if (c == '[') {
        brackets++;
        current.append(c);
      } else if (c == ']' && brackets > 0) {
        brackets--;
        current.append(c);
      } else if (c == ';' && brackets == 0) {
        if (keepEmpty || current.length() > 0) {
          out.add(current.toString());
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (keepEmpty || current.length() > 0) {
      out.add(current.toString());
    }
  }

  static String join(List<String> items) {
    return String.join(";", items);
  }
}
