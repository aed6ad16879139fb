package dev.allocpath.cdt;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every identifier a text could hand to the preprocessor: words of letters, digits, {@code _} and
 * {@code $} that do not start with a digit, outside numbers. Comments and string literals are
 * not skipped (a superset only makes header reuse rarer, never wrong). A backslash-newline may
 * split an identifier over two lines, so spliced lines are joined before scanning.
 *
 * <p>{@link #reusable} is false when the text uses something whose expansion depends on more
 * than the macros in force ({@code __COUNTER__}, {@code __has_include}, the time of day): such a
 * header is always parsed and extracted again.
 */
record Identifiers(String[] names, boolean reusable, char[] spellings, int[] starts, long[] hashes) {
  private static final Set<String> CONTEXT_DEPENDENT = Set.of(
      "__COUNTER__", "__has_include", "__has_include_next", "__DATE__", "__TIME__",
      "__TIMESTAMP__", "__INCLUDE_LEVEL__", "__BASE_FILE__");

  static Identifiers of(char[] text) {
    char[] scanned = joinSplicedLines(text);
    Set<String> names = new LinkedHashSet<>();
    boolean trigraphs = false;
    int i = 0;
    int n = scanned.length;
    while (i < n) {
      char c = scanned[i];
      if (isStart(c)) {
        int start = i;
        while (i < n && isPart(scanned[i])) {
          i++;
        }
        names.add(new String(scanned, start, i - start));
      } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && scanned[i + 1] >= '0' && scanned[i + 1] <= '9') {
        // A preprocessing number (1e10, 0x1fUL, 1'000): its letters are no identifiers.
        i++;
        while (i < n && (isPart(scanned[i]) || scanned[i] == '.' || scanned[i] == '\''
            || (scanned[i] == '+' || scanned[i] == '-') && "eEpP".indexOf(scanned[i - 1]) >= 0)) {
          i++;
        }
      } else {
        if (c == '?' && i + 2 < n && scanned[i + 1] == '?') {
          trigraphs = true;
        }
        i++;
      }
    }
    boolean reusable = !trigraphs;
    for (String name : CONTEXT_DEPENDENT) {
      if (names.contains(name)) {
        reusable = false;
      }
    }
    String[] all = names.toArray(new String[0]);
    // Kept beside the names: the macro context of a header is looked up in CDT's dictionary
    // (keyed by char[]) and hashed at every opening, a hundred times per header in a large run.
    // One array holds every spelling (name k is spellings[starts[k] .. starts[k + 1])): an array
    // per name would cost more than the names themselves.
    int length = 0;
    for (String name : all) {
      length += name.length();
    }
    char[] spellings = new char[length];
    int[] starts = new int[all.length + 1];
    long[] hashes = new long[all.length];
    for (int k = 0; k < all.length; k++) {
      all[k].getChars(0, all[k].length(), spellings, starts[k]);
      starts[k + 1] = starts[k] + all[k].length();
      hashes[k] = Hash128.chars(spellings, starts[k], starts[k + 1]);
    }
    return new Identifiers(all, reusable, spellings, starts, hashes);
  }

  private static boolean isStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
        || c >= 0x80 && Character.isJavaIdentifierStart(c) || c == '\\';
  }

  private static boolean isPart(char c) {
    return isStart(c) || c >= '0' && c <= '9' || c >= 0x80 && Character.isJavaIdentifierPart(c);
  }

  /** The text without backslash-newline pairs; the text itself when it has none. */
  private static char[] joinSplicedLines(char[] text) {
    int first = -1;
    for (int i = 0; i + 1 < text.length; i++) {
      if (text[i] == '\\' && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length);
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '\\' && i + 1 < text.length && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
        i++;
        if (text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
          i++;
        }
        continue;
      }
      out.append(text[i]);
    }
    char[] joined = new char[out.length()];
    out.getChars(0, joined.length, joined, 0);
    return joined;
  }
}
