package dev.allocpath.kconfig;

import java.util.List;

/**
 * One {@code config}/{@code menuconfig} symbol as the project's Kconfig files declare it.
 *
 * @param name without the {@code CONFIG_} prefix
 * @param type bool, tristate, int, hex or string (tristate is treated as bool)
 * @param defaults in the order written; the first whose condition holds applies
 * @param dependsOn its own {@code depends on} and those of the enclosing menus, ifs and choice
 * @param choice the name of the choice it belongs to, or null
 * @param origin where it is declared ({@code main/Kconfig.projbuild:12})
 */
public record KconfigSymbol(
    String name, String type, List<Default> defaults, KconfigExpression dependsOn, String choice, String origin) {
  public KconfigSymbol {
    defaults = List.copyOf(defaults);
  }

  /**
   * One {@code default VALUE [if COND]} line.
   *
   * @param value as written: {@code y}, {@code n}, a number, a quoted string, or a symbol or
   *     condition whose value is taken
   * @param condition the {@code if} part ({@link KconfigExpression#TRUE} when absent)
   * @param origin where the line is
   */
  public record Default(String value, KconfigExpression condition, String origin) {}

  public boolean isBool() {
    return type.equals("bool") || type.equals("tristate");
  }
}
