package dev.allocpath.cmake;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled CMake regular expressions, so loops over {@code list(FILTER)}, {@code MATCHES} and
 * {@code string(REGEX)} compile each pattern once. CMake's syntax (POSIX-like: ^ $ . [] * + ? | ())
 * is a subset of Java's; the few Java-only metacharacters CMake treats literally are escaped.
 */
final class RegexCache {
  private static final int LIMIT = 512;
  private final Map<String, Pattern> patterns = new HashMap<>();

  /** The compiled pattern, or null when it does not compile. */
  Pattern get(String cmakeRegex) {
    Pattern cached = patterns.get(cmakeRegex);
    if (cached != null || patterns.containsKey(cmakeRegex)) {
      return cached;
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(translate(cmakeRegex));
    } catch (PatternSyntaxException e) {
      compiled = null;
    }
    if (patterns.size() >= LIMIT) {
      patterns.clear();
    }
    patterns.put(cmakeRegex, compiled);
    return compiled;
  }

  /** CMake has no {n} repetition; braces are literal there. */
  static String translate(String cmakeRegex) {
    if (cmakeRegex.indexOf('{') < 0 && cmakeRegex.indexOf('}') < 0) {
      return cmakeRegex;
    }
    StringBuilder out = new StringBuilder(cmakeRegex.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < cmakeRegex.length(); i++) {
      char c = cmakeRegex.charAt(i);
      if (c == '\\' && i + 1 < cmakeRegex.length()) {
        out.append(c).append(cmakeRegex.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      if (!inClass && (c == '{' || c == '}')) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
