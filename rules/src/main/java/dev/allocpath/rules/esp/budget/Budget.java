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
    List<String> owningPointers,
    Bill bill) {

  /**
   * Classes whose ownership tree is worth showing on its own: whole objects that own more than
   * they hold, and that no other class's tree already counts.
   */
  List<ClassBudget> topOwners() {
    Set<String> ownedElsewhere = new HashSet<>();
    for (ClassBudget c : classes) {
      ownedElsewhere.addAll(c.tree().countedDescendants());
    }
    return classes.stream()
        .filter(ClassBudget::ownsMore)
        .filter(ClassBudget::wholeObject)
        .filter(c -> !ownedElsewhere.contains(c.type().qualifiedName()))
        .toList();
  }
}
