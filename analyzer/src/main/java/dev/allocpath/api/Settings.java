package dev.allocpath.api;

import java.util.List;

/**
 * User-tunable values (costs, extra type or function names) from the configuration file. The
 * default of each value is declared once, by the rule that uses it, at the call.
 */
public interface Settings {
  long number(String key, long defaultValue);

  List<String> list(String key, List<String> defaultValue);

  /** Settings with every value at its default. */
  static Settings defaults() {
    return new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return defaultValue;
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return defaultValue;
      }
    };
  }
}
