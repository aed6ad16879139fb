package dev.allocpath.sarif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}: for every line, a rolling 64-bit hash of
 * the next 100 non-blank characters starting at that line, suffixed with {@code :n} where n counts
 * the earlier lines with the same hash.
 *
 * <p>We compute it ourselves, from the same file contents the upload action would read, so that
 * uploads through the REST API (which computes nothing) de-duplicate alerts exactly like uploads
 * through the action. The algorithm is GitHub's public one (codeql-action {@code fingerprints.ts}):
 * spaces and tabs are ignored, CR and CRLF count as LF, the text is read as UTF-16 code units, and
 * an end-of-file sentinel is hashed after the last character. Because of the window, indentation
 * changes and moving code up or down keep the value; editing the line or the next ~100 non-blank
 * characters changes it.
 */
public final class GithubLineHash {
  private static final int WINDOW = 100;
  private static final long MULTIPLIER = 37;
  private static final int END_OF_FILE = 65535;
  /** MULTIPLIER^WINDOW with wrapping arithmetic: removes the character leaving the window. */
  private static final long LEAVING_FACTOR = power(MULTIPLIER, WINDOW);

  private GithubLineHash() {}

  /**
   * The hash of every line of {@code text}; element 0 belongs to line 1. A text that ends with a
   * line break has one more (empty) line after it, as GitHub counts lines.
   */
  public static List<String> ofLines(CharSequence text) {
    return ofLines(text, Integer.MAX_VALUE);
  }

  /**
   * The hashes of at least the first {@code lines} lines of {@code text} (all of them when it has
   * fewer): reading stops once they are known. A line's hash depends on the lines before it (the
   * occurrence count) and the ~100 characters after its start, never on anything later.
   */
  public static List<String> ofLines(CharSequence text, int lines) {
    Hasher hasher = new Hasher();
    for (int i = 0; i < text.length(); i++) {
      hasher.accept(text.charAt(i));
      if (hasher.hashes.size() >= lines) {
        return hasher.hashes;
      }
    }
    return hasher.finish();
  }

  private static long power(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }

  /** The streaming state: a circular window of characters and which of them started a line. */
  private static final class Hasher {
    private final int[] window = new int[WINDOW];
    /** The line starting at each window slot, or -1; its hash is due when the slot comes round. */
    private final int[] lineStartingAt = new int[WINDOW];
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> hashes = new ArrayList<>();
    private long hash;
    private int slot;
    private int lineNumber;
    private boolean atLineStart = true;
    private boolean afterCarriageReturn;

    Hasher() {
      Arrays.fill(lineStartingAt, -1);
    }

    void accept(int ch) {
      // A LF right after a CR belongs to the same line break; blanks never count.
      if (ch == ' ' || ch == '\t' || (afterCarriageReturn && ch == '\n')) {
        afterCarriageReturn = false;
        return;
      }
      int current = ch;
      if (ch == '\r') {
        current = '\n';
        afterCarriageReturn = true;
      } else {
        afterCarriageReturn = false;
      }
      if (lineStartingAt[slot] != -1) {
        emit();
      }
      if (atLineStart) {
        atLineStart = false;
        lineNumber++;
        lineStartingAt[slot] = lineNumber;
      }
      if (current == '\n') {
        atLineStart = true;
      }
      roll(current);
    }

    List<String> finish() {
      accept(END_OF_FILE);
      // Lines starting in the last window have not been emitted yet: push zeros through.
      for (int i = 0; i < WINDOW; i++) {
        if (lineStartingAt[slot] != -1) {
          emit();
        }
        roll(0);
      }
      return hashes;
    }

    private void roll(int current) {
      int leaving = window[slot];
      window[slot] = current;
      hash = MULTIPLIER * hash + current - LEAVING_FACTOR * leaving;
      slot = (slot + 1) % WINDOW;
    }

    private void emit() {
      String hex = Long.toHexString(hash);
      int occurrence = seen.merge(hex, 1, Integer::sum);
      // Lines are emitted in order, so the list index is the line number minus one.
      hashes.add(hex + ":" + occurrence);
      lineStartingAt[slot] = -1;
    }
  }
}
