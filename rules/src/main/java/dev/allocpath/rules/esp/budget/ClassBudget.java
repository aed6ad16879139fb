package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.rules.esp.HeldPrimitives;
import dev.allocpath.rules.esp.PrimitiveTally;
import java.util.List;

/**
 * What one instance of a class costs: the primitives it holds by value, and those it reaches
 * through the objects it owns (its ownership tree).
 *
 * @param partOf why the class is never a whole object of its own ("a base of X", "held by value
 *     in X::m"), or null: the component total counts only whole objects, so nothing twice
 */
record ClassBudget(
    ClassFact type,
    String component,
    List<HeldPrimitives.Leaf> byValueLeaves,
    PrimitiveTally byValue,
    OwnedNode tree,
    PrimitiveTally reachable,
    String partOf) {

  boolean wholeObject() {
    return partOf == null;
  }

  /** True when owned objects add primitives to the by-value figure. */
  boolean ownsMore() {
    return reachable.total() > byValue.total();
  }
}
