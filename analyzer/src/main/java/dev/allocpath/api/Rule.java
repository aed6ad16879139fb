package dev.allocpath.api;

import dev.allocpath.facts.ProjectFacts;

/**
 * A check over the facts of the whole project. Rules are stateless: everything they learn during
 * a run goes through the context. Each class carries {@link RuleInfo}.
 */
public interface Rule {
  void check(ProjectFacts facts, RuleContext context);

  /**
   * The {@code costs.<key>} settings this rule reads, so the config file can reject unknown
   * ones; each default lives where the rule reads it.
   */
  default java.util.List<String> costKeys() {
    return java.util.List.of();
  }

  /**
   * Macros whose definition makes a component part of the context of this rule's messages: when
   * a finding's text draws on other components (e.g. "component X redirects malloc by a macro"),
   * the components that define one of these names are the ones it can mention. A run narrowed to
   * the components some changed files can affect ({@code --files}) decides which findings exist
   * correctly for any rule; when a rule with such macros reports one, the run is widened to those
   * components, so the message is the same as a whole-project scan's. Empty (the default): the
   * messages depend only on the finding's own component.
   */
  default java.util.Set<String> messageContextMacros(Settings settings) {
    return java.util.Set.of();
  }

  /** The rule's metadata, read from its annotation. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
