package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.rules.esp.HeldPrimitives;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds what one instance of a class owns, transitively, as a tree (breadth first, so an object
 * shared by several owners is attributed to the nearest). The reachable figure is a floor that
 * survives the usual shapes of real code:
 *
 * <ul>
 *   <li>a cycle (an object that owns its owner's class again) ends at the repeat;
 *   <li>shared ownership ({@code shared_ptr}, or an object a member function creates) counts each
 *       class once per tree, since the pointers may well share one object; exclusive ownership
 *       ({@code unique_ptr}, container elements) counts every owner's object;
 *   <li>an owning pointer to a base class of an object in the tree (a transport chain's
 *       {@code shared_ptr<Transport> mLower}) is taken to point at one of those objects;
 *   <li>a container counts as one element.
 * </ul>
 *
 * Objects that hold no primitive, directly or through what they own, are left out of the tree.
 */
final class OwnershipTrees {
  /** Bounds the tree of a pathological class graph; real ownership trees are far smaller. */
  static final int MAX_NODES = 2_000;

  private record Pending(OwnedNode node, Set<String> ancestors) {}

  /** Why an owned object is not counted: a sentence, and a few words for tables. */
  private record Skip(String note, String shortNote) {}

  private final OwnershipEdges edges;
  private final HeldPrimitives held;
  private final ClassLookup lookup;
  private final Map<String, Boolean> holdsAny = new HashMap<>();

  OwnershipTrees(OwnershipEdges edges, HeldPrimitives held, ClassLookup lookup) {
    this.edges = edges;
    this.held = held;
    this.lookup = lookup;
  }

  OwnedNode of(ClassFact root) {
    Map<String, List<String>> aliasedBases = aliasedBases(root);
    OwnedNode top = new OwnedNode(root, null, held.ofClass(root), null, null);
    Set<String> counted = new HashSet<>(Set.of(root.qualifiedName()));
    Queue<Pending> pending = new ArrayDeque<>();
    pending.add(new Pending(top, Set.of(root.qualifiedName())));
    int nodes = 1;
    while (!pending.isEmpty()) {
      Pending current = pending.poll();
      for (OwnershipEdge edge : edges.of(current.node().type)) {
        ClassFact target = edge.target();
        if (!holdsAny(target)) {
          continue;
        }
        String name = target.qualifiedName();
        Skip skip = skipReason(edge, name, current.ancestors(), counted, aliasedBases, nodes);
        OwnedNode child = skip == null
            ? new OwnedNode(target, edge, held.ofClass(target), null, null)
            : new OwnedNode(target, edge, held.ofClass(target), skip.note(), skip.shortNote());
        current.node().children.add(child);
        nodes++;
        if (skip == null) {
          counted.add(name);
          Set<String> ancestors = new HashSet<>(current.ancestors());
          ancestors.add(name);
          pending.add(new Pending(child, ancestors));
        }
      }
    }
    return top;
  }

  /** Why an owned object is shown but not counted, or null to count it. */
  private static Skip skipReason(OwnershipEdge edge, String target, Set<String> ancestors, Set<String> counted,
      Map<String, List<String>> aliasedBases, int nodes) {
    if (ancestors.contains(target)) {
      return new Skip("a cycle: " + target + " already owns this object", "cycle");
    }
    if (aliasedBases.containsKey(target)) {
      return new Skip("a base of " + String.join(", ", aliasedBases.get(target))
          + " in this tree, taken to point at that object", "base of a counted object");
    }
    if (!edge.exclusive() && counted.contains(target)) {
      return new Skip("shared ownership: already counted in this tree", "shared, counted once");
    }
    if (nodes >= MAX_NODES) {
      return new Skip("the tree is cut at " + MAX_NODES + " objects", "tree cut");
    }
    return null;
  }

  /** Whether a class holds a primitive by value or through anything it owns (cycle-safe). */
  boolean holdsAny(ClassFact type) {
    return holdsAny(type, new HashSet<>());
  }

  private boolean holdsAny(ClassFact type, Set<String> visiting) {
    String key = type.qualifiedName() + "@" + type.location();
    Boolean known = holdsAny.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(key)) {
      return false; // on a cycle: the answer comes from the other members of the cycle
    }
    boolean result = !held.ofClass(type).isEmpty()
        || edges.of(type).stream().anyMatch(e -> holdsAny(e.target(), visiting));
    visiting.remove(key);
    if (visiting.isEmpty() || result) {
      holdsAny.put(key, result); // a "no" found inside a cycle may still change: keep it only at the top
    }
    return result;
  }

  /**
   * Classes reachable from {@code root} (the root included) that are a base of another such
   * class, each with the derived classes by name: a pointer to one of them is taken to point
   * at one of those objects.
   */
  private Map<String, List<String>> aliasedBases(ClassFact root) {
    Map<String, ClassFact> reachable = new LinkedHashMap<>();
    Queue<ClassFact> pending = new ArrayDeque<>();
    reachable.put(root.qualifiedName(), root);
    pending.add(root);
    while (!pending.isEmpty()) {
      for (OwnershipEdge edge : edges.of(pending.poll())) {
        if (reachable.putIfAbsent(edge.target().qualifiedName(), edge.target()) == null) {
          pending.add(edge.target());
        }
      }
    }
    Map<String, Set<String>> derivedByBase = new TreeMap<>();
    for (ClassFact derived : reachable.values()) {
      for (String base : lookup.basesOf(derived)) {
        if (reachable.containsKey(base)) {
          derivedByBase.computeIfAbsent(base, k -> new TreeSet<>()).add(derived.qualifiedName());
        }
      }
    }
    Map<String, List<String>> aliased = new HashMap<>();
    derivedByBase.forEach((base, derived) -> aliased.put(base, new ArrayList<>(derived)));
    return aliased;
  }
}
