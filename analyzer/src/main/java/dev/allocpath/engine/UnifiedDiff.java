package dev.allocpath.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified diff ({@code git diff -U0}, {@code diff -u}) into the lines it touches on the new
 * side: a hunk {@code @@ -a,b +c,d @@} touches lines c to c+d-1. Pure deletions touch no line
 * but name the file. Git's {@code a/} and {@code b/} prefixes are removed when both sides carry
 * them; C-quoted names (git's form for unusual characters) are decoded.
 */
public final class UnifiedDiff {
  private static final Pattern HUNK = Pattern.compile("^@@+ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@+.*");
  /** A line count no real source file reaches; larger hunks are input errors, not memory. */
  private static final int MAX_LINE = 50_000_000;

  private UnifiedDiff() {}

  /** @throws IllegalArgumentException if the text has no file header at all but is not empty */
  public static TouchedLines parse(String diff) {
    Map<String, BitSet> touched = new LinkedHashMap<>();
    String oldName = null;
    BitSet current = null;
    boolean sawHeader = false;
    for (String line : diff.split("\r?\n", -1)) {
      if (line.startsWith("--- ")) {
        oldName = name(line.substring(4));
        continue;
      }
      if (line.startsWith("+++ ")) {
        sawHeader = true;
        String newName = name(line.substring(4));
        current = null;
        if (newName != null && !newName.equals("/dev/null")) {
          if (newName.startsWith("b/") && (oldName == null || oldName.equals("/dev/null") || oldName.startsWith("a/"))) {
            newName = newName.substring(2);
          }
          current = touched.computeIfAbsent(newName, k -> new BitSet());
        }
        continue;
      }
      Matcher hunk = HUNK.matcher(line);
      if (hunk.matches() && current != null) {
        long start = Long.parseLong(hunk.group(1));
        long count = hunk.group(2) == null ? 1 : Long.parseLong(hunk.group(2));
        if (start + count > MAX_LINE) {
          throw new IllegalArgumentException("a hunk beyond line " + MAX_LINE + ": " + line);
        }
        if (count > 0) {
          current.set((int) start, (int) (start + count));
        }
      }
    }
    if (!sawHeader && !diff.isBlank()) {
      throw new IllegalArgumentException("not a unified diff (no '+++ FILE' line)");
    }
    return new TouchedLines(touched);
  }

  /** The file name of a --- or +++ line: without a trailing tab and time stamp, unquoted. */
  private static String name(String field) {
    if (field.startsWith("\"")) {
      return unquote(field);
    }
    int tab = field.indexOf('\t');
    return (tab >= 0 ? field.substring(0, tab) : field).strip();
  }

  /** Git's C-style quoting: backslash escapes and octal bytes of UTF-8. */
  private static String unquote(String quoted) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i + 1 >= quoted.length()) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char e = quoted.charAt(++i);
      if (i + 2 < quoted.length() && isOctal(e) && isOctal(quoted.charAt(i + 1)) && isOctal(quoted.charAt(i + 2))) {
        bytes.write(Integer.parseInt(quoted.substring(i, i + 3), 8));
        i += 2;
        continue;
      }
      bytes.write(switch (e) {
        case 'n' -> '\n';
        case 't' -> '\t';
        case 'r' -> '\r';
        case 'a' -> 7;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'v' -> 11;
        default -> e;
      });
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }
}
