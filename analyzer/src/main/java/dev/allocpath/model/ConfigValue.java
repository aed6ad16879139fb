package dev.allocpath.model;

/**
 * One Kconfig option's value as the build sees it, and where that value came from.
 *
 * @param name the full macro name, {@code CONFIG_...}
 * @param value the value as sdkconfig writes it: {@code y}, a number, a quoted string; {@code null}
 *     when the option is unset ({@code # CONFIG_X is not set}, or an unmet Kconfig default)
 * @param source what decided the value
 * @param origin where, for people: {@code sdkconfig:12}, {@code main/Kconfig.projbuild:30}, or the
 *     ESP-IDF version a built-in default was checked against; project-relative, never absolute
 */
public record ConfigValue(String name, String value, Source source, String origin) {
  /** What decided a value, in the order ESP-IDF applies them. */
  public enum Source { FILE, KCONFIG_DEFAULT, BUILTIN_DEFAULT, COMMAND_LINE }

  public boolean isSet() {
    return value != null && !value.equals("n");
  }
}
