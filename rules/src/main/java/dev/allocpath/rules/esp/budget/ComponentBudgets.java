package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.rules.esp.HeldPrimitives;
import dev.allocpath.rules.esp.PrimitiveTally;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Adds classes, static primitives and the other rules' findings up per component. */
final class ComponentBudgets {
  private ComponentBudgets() {}

  /** Mutable counters for one component while the findings are walked. */
  private static final class Counter {
    int rawAllocationSites;
    int leakedThreads;
    long leakedThreadBytes;
    int undecidedThreads;
    int staticHeapObjects;
    int mutexClasses;
    final List<HeldPrimitives.Leaf> wholeObjects = new ArrayList<>();
    final List<HeldPrimitives.Leaf> staticStorage = new ArrayList<>();
  }

  static List<ComponentBudget> compute(
      ProjectFacts facts,
      ComponentOf componentOf,
      List<ClassBudget> classes,
      List<StaticPrimitives.Holder> statics,
      List<Finding> findings,
      Object redirectsSummary,
      CostTable costs,
      Settings settings) {
    Map<String, Counter> counters = new TreeMap<>();
    ComponentOf.names(facts).forEach(name -> counters.put(name, new Counter()));
    Set<String> staticInstances = staticInstanceClasses(statics);
    for (ClassBudget budget : classes) {
      Counter counter = counters.computeIfAbsent(budget.component(), k -> new Counter());
      if (budget.byValue().total() > 0) {
        counter.mutexClasses++;
        if (budget.wholeObject() && !staticInstances.contains(budget.type().qualifiedName())) {
          counter.wholeObjects.addAll(budget.byValueLeaves());
        }
      }
    }
    for (StaticPrimitives.Holder holder : statics) {
      counters.computeIfAbsent(componentOf.of(holder.location().path()), k -> new Counter())
          .staticStorage.addAll(holder.leaves());
    }
    for (Finding finding : findings) {
      count(finding, componentOf, counters, costs);
    }
    List<ComponentBudget> budgets = new ArrayList<>();
    counters.forEach((name, c) -> budgets.add(new ComponentBudget(
        name,
        RedirectState.of(redirectsSummary, name),
        c.rawAllocationSites,
        c.mutexClasses,
        PrimitiveTally.of(c.wholeObjects, settings),
        PrimitiveTally.of(c.staticStorage, settings),
        c.leakedThreads,
        c.leakedThreadBytes,
        c.undecidedThreads,
        c.staticHeapObjects)));
    return List.copyOf(budgets);
  }

  /**
   * Classes with an instance in static storage (a singleton, a global logger): that instance is
   * counted with the statics, so the class is not counted again as a whole object.
   */
  private static Set<String> staticInstanceClasses(List<StaticPrimitives.Holder> statics) {
    Set<String> classes = new HashSet<>();
    for (StaticPrimitives.Holder holder : statics) {
      for (HeldPrimitives.Leaf leaf : holder.leaves()) {
        if (!leaf.via().isEmpty()) {
          classes.add(leaf.via().get(0).owner());
        }
      }
    }
    return classes;
  }

  private static void count(Finding finding, ComponentOf componentOf, Map<String, Counter> counters, CostTable costs) {
    String rule = finding.ruleId();
    if (rule.equals(RuleIds.UNREDIRECTED_ALLOC)) {
      for (String component : allocatingComponents(finding, componentOf)) {
        counters.computeIfAbsent(component, k -> new Counter()).rawAllocationSites++;
      }
      return;
    }
    Counter counter = counters.computeIfAbsent(componentOf.of(finding.location().path()), k -> new Counter());
    if (rule.equals(RuleIds.UNJOINED_THREAD)) {
      if (finding.level() == Severity.NOTE) {
        // A thread that never ends holds its memory for good, but it is neither a leak nor undecided.
        if (!"program".equals(finding.properties().get("lifetime"))) {
          counter.undecidedThreads++;
        }
      } else {
        counter.leakedThreads++;
        counter.leakedThreadBytes += finding.properties().get("estimatedInternalRamBytes") instanceof Number n
            ? n.longValue()
            : costs.threadTcb();
      }
    } else if (rule.equals(RuleIds.DEFAULT_HEAP_STATIC)) {
      counter.staticHeapObjects++;
    }
  }

  /** The components a call site allocates for: header code can be compiled by several. */
  private static List<String> allocatingComponents(Finding finding, ComponentOf componentOf) {
    if (finding.properties().get("unredirectedComponents") instanceof List<?> names && !names.isEmpty()) {
      TreeSet<String> unique = new TreeSet<>();
      names.forEach(n -> unique.add(String.valueOf(n)));
      return List.copyOf(unique);
    }
    return List.of(componentOf.of(finding.location().path()));
  }
}
