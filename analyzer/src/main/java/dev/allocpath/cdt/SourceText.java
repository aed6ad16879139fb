package dev.allocpath.cdt;

import java.util.Arrays;

/**
 * The decoded text of one file as the parser sees it, or why there is none. Offsets that CDT
 * reports index into {@link #chars()}, so columns computed here are UTF-16 code units.
 */
final class SourceText {

  /** What reading the file produced. */
  enum Status {
    TEXT,
    /** NUL bytes near the start: not source code. */
    BINARY,
    /** Exists but could not be read (permissions, I/O error). */
    UNREADABLE,
    /** Not a regular file, or outside the project. */
    MISSING
  }

  static final SourceText MISSING = new SourceText(Status.MISSING, new char[0], null);

  private final Status status;
  private final char[] chars;
  private final String detail;
  private volatile int[] lineStarts;

  private SourceText(Status status, char[] chars, String detail) {
    this.status = status;
    this.chars = chars;
    this.detail = detail;
  }

  static SourceText text(char[] chars) {
    return new SourceText(Status.TEXT, chars, null);
  }

  static SourceText failed(Status status, String detail) {
    return new SourceText(status, new char[0], detail);
  }

  Status status() {
    return status;
  }

  boolean isText() {
    return status == Status.TEXT;
  }

  /** The characters; shared, never modify. */
  char[] chars() {
    return chars;
  }

  /** Why the file has no text (for notifications), null for text. */
  String detail() {
    return detail;
  }

  /** Lines as an editor counts them: a final line without a newline counts, an empty file has 0. */
  int lineCount() {
    int[] starts = lineStarts();
    int count = starts.length;
    if (chars.length == 0 || starts[count - 1] == chars.length) {
      count--;
    }
    return count;
  }

  /** 1-based line of a character offset. */
  int line(int offset) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, offset);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** 1-based column (UTF-16 units) of a character offset. */
  int column(int offset) {
    return offset - lineStarts()[line(offset) - 1] + 1;
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = computeLineStarts(chars);
      lineStarts = starts;
    }
    return starts;
  }

  /** Line breaks are {@code \n} (CRLF ends in one), as CDT counts lines. */
  private static int[] computeLineStarts(char[] text) {
    int count = 1;
    for (char c : text) {
      if (c == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int next = 1;
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '\n') {
        starts[next++] = i + 1;
      }
    }
    return starts;
  }
}
