package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.rules.esp.HeldPrimitives;
import java.util.ArrayList;
import java.util.List;

/**
 * One object in the ownership tree of a class instance: the class, how its owner reaches it,
 * the primitives it holds by value, and whether they count towards the owner's reachable total.
 */
final class OwnedNode {
  final ClassFact type;
  /** How the parent owns this object; null for the root. */
  final OwnershipEdge edge;
  final List<HeldPrimitives.Leaf> byValue;
  final boolean counted;
  /** Why an object is shown but not counted, in a sentence; null when counted. */
  final String note;
  /** The same in a few words, for the terminal table; null when counted. */
  final String shortNote;
  final List<OwnedNode> children = new ArrayList<>();

  OwnedNode(ClassFact type, OwnershipEdge edge, List<HeldPrimitives.Leaf> byValue, String note, String shortNote) {
    this.type = type;
    this.edge = edge;
    this.byValue = List.copyOf(byValue);
    this.counted = note == null;
    this.note = note;
    this.shortNote = shortNote;
  }

  /** By-value primitives of this node and of every counted node below it. */
  List<HeldPrimitives.Leaf> reachableLeaves() {
    List<HeldPrimitives.Leaf> all = new ArrayList<>();
    collect(this, all);
    return all;
  }

  private static void collect(OwnedNode node, List<HeldPrimitives.Leaf> into) {
    if (!node.counted) {
      return;
    }
    into.addAll(node.byValue);
    node.children.forEach(child -> collect(child, into));
  }

  /** Qualified names of the counted objects below this one (not this one itself). */
  List<String> countedDescendants() {
    List<String> names = new ArrayList<>();
    for (OwnedNode child : children) {
      if (child.counted) {
        names.add(child.type.qualifiedName());
        names.addAll(child.countedDescendants());
      }
    }
    return names;
  }
}
