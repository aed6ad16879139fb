package dev.allocpath.cdt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file the way the compiler would accept it: UTF-8, or ISO-8859-1 when the bytes
 * are not valid UTF-8 (old sources with Latin-1 comments), without a byte-order mark. A file with
 * a NUL byte in its first 8 KB is binary and yields no text.
 */
final class SourceReader {
  private static final int BINARY_PROBE_BYTES = 8192;

  /**
   * Larger files are not read: bounded memory per file (text and tokens cost a multiple of the
   * bytes). Generated tables of several megabytes still fit; nobody writes 32 MB by hand.
   */
  static final long MAX_FILE_BYTES = 32L << 20;

  private SourceReader() {}

  static SourceText read(Path file) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return SourceText.failed(SourceText.Status.UNREADABLE,
            "larger than the " + (MAX_FILE_BYTES >> 20) + " MB limit: " + (size >> 20) + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return SourceText.failed(SourceText.Status.UNREADABLE, describe(e));
    } catch (OutOfMemoryError e) {
      return SourceText.failed(SourceText.Status.UNREADABLE, "file too large to read");
    }
    return decode(bytes);
  }

  static SourceText decode(byte[] bytes) {
    int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return SourceText.failed(SourceText.Status.BINARY, "contains NUL bytes");
      }
    }
    return SourceText.text(loneCrToLf(stripBom(decodeText(bytes))));
  }

  /**
   * A carriage return not followed by a line feed ends a line for compilers (GCC and Clang count
   * it as one) but not for CDT, which would see the whole file as line 1 and let a {@code //}
   * comment swallow the code after it. Replaced in place by a line feed: one character for one,
   * so every offset and column stays the same; CRLF is left as it is.
   */
  static char[] loneCrToLf(char[] text) {
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '\r' && (i + 1 == text.length || text[i + 1] != '\n')) {
        text[i] = '\n';
      }
    }
    return text;
  }

  /** Text given in memory (generated headers): only the byte-order mark is dropped. */
  static SourceText ofString(String text) {
    return SourceText.text(loneCrToLf(stripBom(text.toCharArray())));
  }

  private static char[] decodeText(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      char[] result = new char[chars.remaining()];
      chars.get(result);
      return result;
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1).toCharArray();
    }
  }

  private static char[] stripBom(char[] text) {
    if (text.length > 0 && text[0] == '\uFEFF') {
      char[] rest = new char[text.length - 1];
      System.arraycopy(text, 1, rest, 0, rest.length);
      return rest;
    }
    return text;
  }

  /** Words for the user, not Java class names: this ends up on stderr and in SARIF. */
  private static String describe(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().strip();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "read failed" : message.strip();
  }
}
