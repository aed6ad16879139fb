package dev.allocpath.cmake;

import dev.allocpath.model.Language;

/**
 * The few generator expressions that decide compile flags in ESP-IDF components:
 * {@code $<$<COMPILE_LANGUAGE:C|CXX|C,CXX>:X>}, {@code $<BUILD_INTERFACE:X>},
 * {@code $<INSTALL_INTERFACE:X>} and the constant conditions {@code $<1:X>}/{@code $<0:X>}.
 * Everything else is reported, not guessed.
 */
final class GeneratorExpressions {
  private GeneratorExpressions() {}

  /**
   * @param text null when the item does not apply to any C/C++ compilation
   * @param language the language the item is restricted to, or null
   * @param supported false when an expression was not understood (text is then null)
   */
  record Resolved(String text, Language language, boolean supported) {
    static Resolved drop() {
      return new Resolved(null, null, true);
    }
  }

  static boolean contains(String text) {
    return text.contains("$<");
  }

  static Resolved resolve(String text) {
    return resolve(text, null);
  }

  private static Resolved resolve(String text, Language language) {
    if (!contains(text)) {
      return new Resolved(text, language, true);
    }
    if (!text.startsWith("$<") || !text.endsWith(">") || closingOf(text, 0) != text.length() - 1) {
      return unsupported();
    }
    String content = text.substring(2, text.length() - 1);
    int colon = topLevelColon(content);
    if (colon < 0) {
      return unsupported();
    }
    String head = content.substring(0, colon);
    String body = content.substring(colon + 1);
    switch (head) {
      case "BUILD_INTERFACE", "1" -> {
        return resolve(body, language);
      }
      case "INSTALL_INTERFACE", "0" -> {
        return Resolved.drop();
      }
      default -> {
        // no other plain head is understood
      }
    }
    if (head.startsWith("$<COMPILE_LANGUAGE:") && head.endsWith(">")) {
      String languages = head.substring("$<COMPILE_LANGUAGE:".length(), head.length() - 1);
      boolean c = false;
      boolean cxx = false;
      for (String l : languages.split(",")) {
        c |= l.equals("C");
        cxx |= l.equals("CXX");
      }
      if (!c && !cxx) {
        return Resolved.drop();
      }
      Language only = c && cxx ? null : (c ? Language.C : Language.CXX);
      if (language != null && only != null && language != only) {
        return Resolved.drop();
      }
      return resolve(body, only != null ? only : language);
    }
    return unsupported();
  }

  private static Resolved unsupported() {
    return new Resolved(null, null, false);
  }

  /** Index of the '>' closing the "$<" at {@code start}, or -1. */
  private static int closingOf(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      if (text.startsWith("$<", i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '>') {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int topLevelColon(String content) {
    int depth = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.startsWith("$<", i)) {
        depth++;
        i++;
      } else if (content.charAt(i) == '>') {
        depth--;
      } else if (content.charAt(i) == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
