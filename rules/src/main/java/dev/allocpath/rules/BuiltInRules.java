package dev.allocpath.rules;

import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleProvider;
import dev.allocpath.rules.esp.DefaultHeapStaticRule;
import dev.allocpath.rules.esp.MutexMemberRule;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import dev.allocpath.rules.esp.UnredirectedAllocRule;
import java.util.List;

/** The one list of built-in rules; adding a rule means one line here. */
public final class BuiltInRules implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(
        new DefaultHeapStaticRule(),
        new MutexMemberRule(),
        new UnjoinedThreadRule(),
        new UnredirectedAllocRule());
  }
}
