package dev.allocpath.rules.esp.budget;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The whole internal-RAM budget of one run, before it is turned into data or text. */
record Budget(
    List<ComponentBudget> components,
    List<ClassBudget> classes,
    List<StaticPrimitives.Holder> statics,
    ComponentOf componentOf,
    CostTable costs,
    List<String> owningPointers) {

  /**
   * Classes whose ownership tree is worth showing on its own: they own more than they hold, and
   * no other class's tree already counts them.
   */
  List<ClassBudget> topOwners() {
    Set<String> ownedElsewhere = new HashSet<>();
    for (ClassBudget c : classes) {
      ownedElsewhere.addAll(c.tree().countedDescendants());
    }
    return classes.stream()
        .filter(ClassBudget::ownsMore)
        .filter(c -> !ownedElsewhere.contains(c.type().qualifiedName()))
        .toList();
  }
}
