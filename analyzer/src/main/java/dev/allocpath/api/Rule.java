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
   * Whether the text of this rule's findings draws on components other than the finding's own
   * (e.g. "component X redirects this allocator"). A run narrowed to the components some changed
   * files can affect ({@code --files}) decides which findings exist correctly for any rule, but
   * when such a rule reports one, the run is repeated over the whole project so the message is
   * the same as a full scan's.
   */
  default boolean messagesNeedWholeProject() {
    return false;
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
