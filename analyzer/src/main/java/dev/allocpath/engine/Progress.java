package dev.allocpath.engine;

/** Told after each translation unit is parsed; called from parser threads. */
@FunctionalInterface
public interface Progress {
  void parsed(int done, int total);

  Progress NONE = (done, total) -> {};
}
