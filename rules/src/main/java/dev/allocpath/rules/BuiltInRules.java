package dev.allocpath.rules;

import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleProvider;
import dev.allocpath.rules.esp.MutexMemberRule;
import java.util.List;

/** The one list of built-in rules; adding a rule means one line here. */
public final class BuiltInRules implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(new MutexMemberRule());
  }
}
