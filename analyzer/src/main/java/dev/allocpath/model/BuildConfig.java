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
 *     {@link #known()}, unknown otherwise (without a configuration file only the project's own
 *     Kconfig defaults are here)
 */
public record BuildConfig(String description, boolean known, Map<String, ConfigValue> values) {
  /**
   * Project-relative path of the generated {@code sdkconfig.h} (where an ESP-IDF build writes it).
   * When a unit's generated files hold it, the parser force-includes it: the SDK headers that
   * would include it are absent.
   */
  public static final String SDKCONFIG_HEADER = "build/config/sdkconfig.h";

  /**
   * Project-relative path of the SDK compatibility header (nothing is written there). When a
   * unit's generated files hold it, the parser force-includes it after {@link #SDKCONFIG_HEADER}.
   */
  public static final String SDK_COMPAT_HEADER = ".allocpath-sdk/sdk-compat.h";

  public BuildConfig {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static BuildConfig none() {
    return new BuildConfig("none", false, Map.of());
  }

  /** The value of an option; empty when it is unset or unknown. */
  public Optional<ConfigValue> value(String name) {
    return Optional.ofNullable(values.get(name)).filter(ConfigValue::isSet);
  }

  /**
   * A bool option: whether it is {@code y}; empty when unknown (no configuration, and not one of
   * the project's own options whose Kconfig default depends on nothing unknown).
   */
  public Optional<Boolean> bool(String name) {
    if (!known && !values.containsKey(name)) {
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
