package dev.allocpath.engine;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link CompactOutput} wrote. Damaged input ends in an {@link IOException} (never a
 * huge allocation or an endless loop): sizes are checked against a limit before use.
 */
final class CompactInput {
  /** No list, string or table in a store comes near this; a larger size means damage. */
  private static final int MAX_SIZE = 1 << 26;

  private final InputStream in;
  private final List<String> table = new ArrayList<>();

  CompactInput(InputStream in) {
    this.in = in;
  }

  long number() throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("fact store ends early");
      }
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("damaged number in the fact store");
  }

  int integer() throws IOException {
    long value = number();
    if (value > Integer.MAX_VALUE) {
      throw new IOException("number out of range in the fact store: " + value);
    }
    return (int) value;
  }

  int signed() throws IOException {
    long value = number();
    if (value > 0xffffffffL) {
      throw new IOException("number out of range in the fact store: " + value);
    }
    int zigzag = (int) value;
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  boolean bool() throws IOException {
    int b = in.read();
    if (b != 0 && b != 1) {
      throw new IOException("damaged flag in the fact store");
    }
    return b == 1;
  }

  String string() throws IOException {
    long code = number();
    if (code == 0) {
      return null;
    }
    if (code == 1) {
      int length = size(number());
      byte[] bytes = in.readNBytes(length);
      if (bytes.length != length) {
        throw new EOFException("fact store ends early");
      }
      String value = new String(bytes, StandardCharsets.UTF_8);
      table.add(value);
      return value;
    }
    long index = code - 2;
    if (index >= table.size()) {
      throw new IOException("damaged string reference in the fact store");
    }
    return table.get((int) index);
  }

  /** A size written by {@link CompactOutput#sizeOrNull}; -1 for null. */
  int sizeOrNull() throws IOException {
    long code = number();
    return code == 0 ? -1 : size(code - 1);
  }

  private static int size(long value) throws IOException {
    if (value > MAX_SIZE) {
      throw new IOException("damaged size in the fact store: " + value);
    }
    return (int) value;
  }
}
