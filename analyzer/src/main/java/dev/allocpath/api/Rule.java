package dev.allocpath.api;

import dev.allocpath.facts.ProjectFacts;

/**
 * A check over the facts of the whole project. Rules are stateless: everything they learn during
 * a run goes through the context. Each class carries {@link RuleInfo}.
 */
public interface Rule {
  void check(ProjectFacts facts, RuleContext context);

  /** The rule's metadata, read from its annotation. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
