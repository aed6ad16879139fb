package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.rules.esp.HeldPrimitives;
import dev.allocpath.rules.esp.SyncPrimitive;

/** The lookups one budget computation shares, built once per run from the facts. */
record BudgetModel(
    ClassLookup lookup,
    OwningTypes owning,
    HeldPrimitives held,
    OwnershipTrees trees,
    ComponentOf components) {

  static BudgetModel of(ProjectFacts facts, Settings settings) {
    TypeIndex index = new TypeIndex(facts);
    ClassLookup lookup = new ClassLookup(index);
    OwningTypes owning = new OwningTypes(settings);
    HeldPrimitives held = new HeldPrimitives(index, SyncPrimitive.all(settings));
    OwnershipEdges edges = new OwnershipEdges(lookup, owning, new CreationSites(facts));
    return new BudgetModel(lookup, owning, held, new OwnershipTrees(edges, held, lookup), new ComponentOf(facts));
  }
}
