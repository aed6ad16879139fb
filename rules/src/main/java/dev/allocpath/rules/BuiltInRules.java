package dev.allocpath.rules;

import dev.allocpath.api.Report;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleProvider;
import dev.allocpath.rules.esp.DefaultHeapStaticRule;
import dev.allocpath.rules.esp.InternalStackRule;
import dev.allocpath.rules.esp.MutexMemberRule;
import dev.allocpath.rules.esp.TlsInternalBuffersRule;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import dev.allocpath.rules.esp.UnredirectedAllocRule;
import dev.allocpath.rules.esp.budget.BudgetReport;
import java.util.List;

/** The one list of built-in rules (and reports); adding a rule means one line here. */
public final class BuiltInRules implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(
        new DefaultHeapStaticRule(),
        new MutexMemberRule(),
        new InternalStackRule(),
        new UnjoinedThreadRule(),
        new TlsInternalBuffersRule(),
        new UnredirectedAllocRule());
  }

  @Override
  public List<Report> reports() {
    return List.of(new BudgetReport());
  }
}
