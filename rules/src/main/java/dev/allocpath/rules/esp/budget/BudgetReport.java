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

  @Override
  public void prepare(ProjectFacts facts, Settings settings) {
    Prepared prepared = Prepared.of(facts, settings);
    Bills.of(facts, settings, prepared.costs());
  }

  /** What the budget needs from the facts alone, computed once per run (see {@link #prepare}). */
  private record Prepared(BudgetModel model, CostTable costs, List<ClassBudget> classes,
      List<StaticPrimitives.Holder> statics) {
    static Prepared of(ProjectFacts facts, Settings settings) {
      return facts.derived(List.of(Prepared.class, settings), f -> {
        BudgetModel model = BudgetModel.of(f, settings);
        List<ClassBudget> classes = ClassBudgets.compute(f, model, settings);
        return new Prepared(model, new CostTable(settings), classes, StaticPrimitives.find(f, model.held()));
      });
    }
  }

  static Budget compute(ProjectFacts facts, ReportContext context) {
    Settings settings = context.settings();
    Prepared prepared = Prepared.of(facts, settings);
    BudgetModel model = prepared.model();
    CostTable costs = prepared.costs();
    List<ClassBudget> classes = prepared.classes();
    List<StaticPrimitives.Holder> statics = prepared.statics();
    Object redirects = context.ruleSummary(RuleIds.REDIRECTS_SUMMARY).orElse(null);
    List<ComponentBudget> components = ComponentBudgets.compute(
        facts, model.components(), classes, statics, context.findings(), redirects, costs, settings);
    Bill bill = Bills.compute(facts, model, classes, statics, context, costs);
    return new Budget(components, classes, statics, model.components(), costs, model.owning().owningPointers(), bill);
  }
}
