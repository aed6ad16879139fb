package dev.allocpath.api;

import java.util.List;

/**
 * User-tunable values (costs, extra type or function names) from the configuration file. The
 * default of each value is declared once, by the rule that uses it, at the call.
 */
public interface Settings {
  long number(String key, long defaultValue);

  List<String> list(String key, List<String> defaultValue);

  /** These settings with one list replaced (a command-line option that wins over the file). */
  static Settings withList(Settings base, String listKey, List<String> values) {
    List<String> copy = List.copyOf(values);
    return new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return base.number(key, defaultValue);
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return key.equals(listKey) ? copy : base.list(key, defaultValue);
      }
    };
  }

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
