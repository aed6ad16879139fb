package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Report;
import dev.allocpath.api.ReportContext;
import dev.allocpath.api.Settings;
import dev.allocpath.facts.ProjectFacts;
import java.util.List;

/**
 * The internal-RAM budget: per component (redirect state, raw allocation sites, mutex-bearing
 * classes, leaked threads, static heap objects and an estimate in bytes) and per class
 * (primitives by value and reachable through owned objects, with the ownership paths). Published
 * as the {@code budget} summary; {@link BudgetData} describes its data.
 */
public final class BudgetReport implements Report {
  /** The summary key, also the report's id. */
  public static final String KEY = "budget";

  @Override
  public String id() {
    return KEY;
  }

  @Override
  public void build(ProjectFacts facts, ReportContext context) {
    Settings settings = context.settings();
    Budget budget = compute(facts, context);
    context.publish(KEY, BudgetData.of(budget, settings), BudgetText.lines(budget, settings));
  }

  static Budget compute(ProjectFacts facts, ReportContext context) {
    Settings settings = context.settings();
    BudgetModel model = BudgetModel.of(facts, settings);
    CostTable costs = new CostTable(settings);
    List<ClassBudget> classes = ClassBudgets.compute(facts, model, settings);
    List<StaticPrimitives.Holder> statics = StaticPrimitives.find(facts, model.held());
    Object redirects = context.ruleSummary(RuleIds.REDIRECTS_SUMMARY).orElse(null);
    List<ComponentBudget> components = ComponentBudgets.compute(
        facts, model.components(), classes, statics, context.findings(), redirects, costs, settings);
    Bill bill = Bills.compute(facts, model, classes, statics, context, costs);
    return new Budget(components, classes, statics, model.components(), costs, model.owning().owningPointers(), bill);
  }
}
