package dev.allocpath.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Primitive encoding of the fact store: unsigned variable-length integers, and strings kept in a
 * table so that a path or name repeated across thousands of facts is written once and then
 * referred to by number. Read back by {@link CompactInput}.
 *
 * <p>A string is written as 0 (null), 1 followed by its UTF-8 bytes (a new table entry), or
 * {@code 2 + n} (entry {@code n} of the table).
 */
final class CompactOutput {
  private final OutputStream out;
  private final Map<String, Integer> table = new HashMap<>();

  CompactOutput(OutputStream out) {
    this.out = out;
  }

  void number(long value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative number in the fact store: " + value);
    }
    while (value >= 0x80) {
      out.write((int) (value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
  }

  /** An int that may be negative (zig-zag: small magnitudes stay short). */
  void signed(int value) throws IOException {
    number(Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  void bool(boolean value) throws IOException {
    out.write(value ? 1 : 0);
  }

  void string(String value) throws IOException {
    if (value == null) {
      number(0);
      return;
    }
    Integer known = table.get(value);
    if (known != null) {
      number(2L + known);
      return;
    }
    table.put(value, table.size());
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    number(1);
    number(bytes.length);
    out.write(bytes);
  }

  /** A size or a count that may stand for null: written as {@code size + 1}, 0 for null. */
  void sizeOrNull(Object container, int size) throws IOException {
    number(container == null ? 0 : size + 1L);
  }
}
