package dev.allocpath.cdt;

/**
 * A 128-bit running hash (two independent 64-bit mixes) for keys that stand for much larger
 * content: the macros a header sees, the declarations before it. Not cryptographic: it tells
 * apart the contexts one project's headers meet, it is not meant to resist crafted collisions.
 */
final class Hash128 {
  private long a = 0x6A09E667F3BCC908L;
  private long b = 0xBB67AE8584CAA73BL;

  Hash128 add(long value) {
    a = Long.rotateLeft((a ^ value) * 0x9E3779B97F4A7C15L, 31);
    b = Long.rotateLeft((b + value) * 0xC2B2AE3D27D4EB4FL, 29) ^ (b >>> 17);
    return this;
  }

  Hash128 add(String text) {
    return text == null ? add(-1L) : add(chars(text.toCharArray())).add(text.length());
  }

  Hash128 add(char[] text) {
    return text == null ? add(-2L) : add(chars(text)).add(text.length);
  }

  long first() {
    return a;
  }

  long second() {
    return b;
  }

  /** FNV-1a over the characters, folded into one long. */
  static long chars(char[] text) {
    return chars(text, 0, text.length);
  }

  /** FNV-1a over {@code text[from..to)}. */
  static long chars(char[] text, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ text[i]) * 0x100000001B3L;
    }
    return h;
  }
}
