package dev.allocpath.kconfig;

import java.util.List;

/**
 * A {@code choice ... endchoice} block: exactly one of its bool members is {@code y} when the
 * choice is visible.
 *
 * @param name the choice's own name (may be generated for an unnamed choice)
 * @param members member symbol names, in the order written
 * @param defaults {@code default MEMBER [if COND]} lines, first that holds wins; without one, the
 *     first member whose dependencies hold
 */
public record KconfigChoice(
    String name, List<String> members, List<KconfigSymbol.Default> defaults, KconfigExpression dependsOn,
    String origin) {
  public KconfigChoice {
    members = List.copyOf(members);
    defaults = List.copyOf(defaults);
  }
}
