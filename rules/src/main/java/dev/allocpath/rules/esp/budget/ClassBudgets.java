package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.rules.esp.HeldPrimitives;
import dev.allocpath.rules.esp.PrimitiveTally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes the {@link ClassBudget} of every class that holds or owns a primitive. */
final class ClassBudgets {
  /** Largest reachable cost first; ties by name and place, so the order never varies. */
  static final Comparator<ClassBudget> ORDER =
      Comparator.comparingLong((ClassBudget b) -> -b.reachable().bytes())
          .thenComparingLong(b -> -b.byValue().bytes())
          .thenComparing(b -> b.type().qualifiedName())
          .thenComparing(b -> b.type().location());

  private ClassBudgets() {}

  static List<ClassBudget> compute(ProjectFacts facts, BudgetModel model, Settings settings) {
    PartOfIndex parts = new PartOfIndex(facts, model.lookup(), model.owning());
    List<ClassBudget> budgets = new ArrayList<>();
    for (ClassFact type : facts.classes()) {
      List<HeldPrimitives.Leaf> byValue = model.held().ofClass(type);
      if (byValue.isEmpty() && !model.trees().holdsAny(type)) {
        continue;
      }
      OwnedNode tree = model.trees().of(type);
      budgets.add(new ClassBudget(
          type,
          model.components().of(type.location().path()),
          byValue,
          PrimitiveTally.of(byValue, settings),
          tree,
          PrimitiveTally.of(tree.reachableLeaves(), settings),
          parts.of(type).orElse(null)));
    }
    budgets.sort(ORDER);
    return List.copyOf(budgets);
  }
}
