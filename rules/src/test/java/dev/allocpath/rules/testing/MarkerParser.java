package dev.allocpath.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inline expectations from one file. The grammar is deliberately tiny:
 * {@code expect: id[, id...] ["substring"]...}, {@code ok: id}, {@code expect-todo: id}, inside a
 * comment ({@code //}, {@code /*}, or {@code #} for CMake files). A marker after code applies to
 * its own line; a marker alone on a line applies to the next line that is not a marker. A comment
 * that starts with one of the words but does not parse is an error, never silently skipped.
 */
final class MarkerParser {
  private static final Pattern WORD = Pattern.compile("^\\s*(expect-todo|expect|ok):(.*)$");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private MarkerParser() {}

  static List<Marker> parse(String file, String text, boolean hashComments) {
    String[] lines = text.split("\r?\n", -1);
    List<Marker> markers = new ArrayList<>();
    List<PendingMarker> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      int commentStart = commentStart(line, hashComments);
      String comment = commentStart < 0 ? null : commentBody(line.substring(commentStart));
      Matcher word = comment == null ? null : WORD.matcher(comment);
      boolean isMarker = word != null && word.matches();
      boolean hasCode = !(commentStart < 0 ? line : line.substring(0, commentStart)).isBlank();
      if (isMarker) {
        PendingMarker parsed = parseBody(file, lineNumber, word.group(1), word.group(2));
        if (hasCode) {
          markers.addAll(parsed.at(lineNumber));
        } else {
          pending.add(parsed);
        }
        continue;
      }
      if (!pending.isEmpty() && !line.isBlank()) {
        for (PendingMarker p : pending) {
          markers.addAll(p.at(lineNumber));
        }
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(file + ":" + pending.get(0).markerLine
          + ": marker is not followed by a line it could apply to");
    }
    return markers;
  }

  private record PendingMarker(String kind, String file, List<String> ids, List<String> substrings, int markerLine) {
    List<Marker> at(int line) {
      return ids.stream().map(id -> new Marker(kind, file, line, id, substrings, markerLine)).toList();
    }
  }

  private static PendingMarker parseBody(String file, int line, String kind, String body) {
    String rest = body.trim();
    int quote = rest.indexOf('"');
    String idPart = quote < 0 ? rest : rest.substring(0, quote);
    String quoted = quote < 0 ? "" : rest.substring(quote);
    List<String> ids = new ArrayList<>();
    for (String id : idPart.split(",")) {
      String trimmed = id.trim();
      if (!ID.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(file + ":" + line + ": bad rule id '" + trimmed + "' in marker");
      }
      ids.add(trimmed);
    }
    List<String> substrings = new ArrayList<>();
    Matcher m = QUOTED.matcher(quoted);
    int end = 0;
    while (m.find()) {
      if (!quoted.substring(end, m.start()).isBlank()) {
        throw new IllegalArgumentException(file + ":" + line + ": unexpected text in marker: " + quoted);
      }
      substrings.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      end = m.end();
    }
    String trailing = quoted.substring(end).replaceAll("\\*/\\s*$", "");
    if (!trailing.isBlank()) {
      throw new IllegalArgumentException(file + ":" + line + ": unexpected text in marker: " + trailing);
    }
    if (!kind.equals("expect") && !substrings.isEmpty()) {
      throw new IllegalArgumentException(file + ":" + line + ": only expect: markers take messages");
    }
    return new PendingMarker(kind, file, List.copyOf(ids), List.copyOf(substrings), line);
  }

  /** Index where a comment starts on the line, ignoring comment tokens inside string literals. */
  private static int commentStart(String line, boolean hashComments) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString) {
        if (hashComments && c == '#') {
          return i;
        }
        if (!hashComments && c == '/' && i + 1 < line.length()
            && (line.charAt(i + 1) == '/' || line.charAt(i + 1) == '*')) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String commentBody(String comment) {
    if (comment.startsWith("//") || comment.startsWith("/*")) {
      String body = comment.substring(2);
      return body.endsWith("*/") ? body.substring(0, body.length() - 2) : body;
    }
    return comment.substring(1);
  }
}
