package dev.allocpath.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. Every choice goes through one of these, seeded from
 * the user's seed, so the same seed always produces the same tree.
 */
final class Dice {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * An independent stream for one part of the tree (component {@code index}). Deriving it from the
   * seed and the index alone, not from earlier draws, keeps component 3 identical whether the
   * project has 8 components or 128: the growth series then only adds code.
   */
  static Dice forPart(long seed, long index) {
    return new Dice(new SplittableRandom(seed + GOLDEN * (index + 1)).nextLong());
  }

  /** Uniform in {@code [low, high]}, both inclusive. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double nextDouble() {
    return random.nextDouble();
  }

  long nextLong() {
    return random.nextLong();
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  @SafeVarargs
  final <T> T pickOf(T... options) {
    return options[random.nextInt(options.length)];
  }

  /** A hexadecimal constant of {@code digits} digits, like the tables in real C code. */
  String hex(int digits) {
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < digits; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString().toUpperCase().replace("0X", "0x");
  }
}
