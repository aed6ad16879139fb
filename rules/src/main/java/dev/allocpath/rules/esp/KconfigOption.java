package dev.allocpath.rules.esp;

import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;

/**
 * One Kconfig option as the rules use it: the project's value when its configuration has one,
 * else ESP-IDF's default ({@link EspIdfDefaults}), with where the value came from in words.
 *
 * @param value the number (bools as 1 or 0), or null when neither the configuration nor the
 *     defaults know the option
 * @param source {@code sdkconfig:12}, "the configuration" or the default's basis
 * @param fromConfiguration whether the project's configuration decided it
 */
public record KconfigOption(String name, Long value, String source, boolean fromConfiguration) {

  public static KconfigOption read(BuildConfig config, String name) {
    ConfigValue raw = config.values().get(name);
    // A value the configuration holds only from ESP-IDF's built-in table did not come from the project.
    if (config.known() && raw != null && raw.source() != ConfigValue.Source.BUILTIN_DEFAULT) {
      String where = raw.origin() == null || raw.origin().isEmpty() ? config.description() : raw.origin();
      if (!raw.isSet()) {
        return new KconfigOption(name, 0L, where, true);
      }
      Long number = raw.value().equals("y") ? Long.valueOf(1) : config.number(name).orElse(null);
      if (number != null) {
        return new KconfigOption(name, number, where, true);
      }
    }
    return new KconfigOption(name, EspIdfDefaults.number(name), EspIdfDefaults.BASIS, false);
  }

  public boolean enabled() {
    return value != null && value != 0;
  }

  /** {@code CONFIG_X=4096 (sdkconfig:12)} for messages. */
  public String describe() {
    return name + "=" + (value == null ? "unknown" : String.valueOf(value)) + " (" + source + ")";
  }

  /** {@code CONFIG_X=y (sdkconfig:3)} or {@code CONFIG_X not set (...)} for messages. */
  public String describeBool() {
    return name + (enabled() ? "=y" : " not set") + " (" + source + ")";
  }
}
