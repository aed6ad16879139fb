package dev.allocpath.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project's Kconfig configuration (sdkconfig and the defaults behind it), or {@link #none()}
 * when the project has no configuration file: then every value is unknown, never guessed, and
 * rules behave as they do without one.
 *
 * @param description which configuration was used, for people ({@code sdkconfig},
 *     {@code sdkconfig.defaults + sdkconfig.defaults.esp32p4}, {@code none})
 * @param values option name ({@code CONFIG_...}) to value; options absent here are unset when
 *     {@link #known()}, unknown otherwise
 */
public record BuildConfig(String description, boolean known, Map<String, ConfigValue> values) {
  public BuildConfig {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static BuildConfig none() {
    return new BuildConfig("none", false, Map.of());
  }

  /** The value of an option; empty when it is unset or, without a configuration, unknown. */
  public Optional<ConfigValue> value(String name) {
    return Optional.ofNullable(values.get(name)).filter(ConfigValue::isSet);
  }

  /** A bool option: empty when there is no configuration (unknown), else whether it is {@code y}. */
  public Optional<Boolean> bool(String name) {
    if (!known) {
      return Optional.empty();
    }
    return Optional.of(value(name).map(v -> v.value().equals("y")).orElse(false));
  }

  /** An int or hex option; empty when unknown, unset or not a number. */
  public Optional<Long> number(String name) {
    return value(name).flatMap(v -> {
      try {
        String text = v.value().strip();
        return Optional.of(text.startsWith("0x") || text.startsWith("0X")
            ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
