package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects one instance of a class owns on the heap, one level deep:
 *
 * <ul>
 *   <li>members (its own, its bases', and those of objects it holds by value) whose type is an
 *       owning pointer to a project class, or a container of such pointers or of such objects;
 *   <li>objects its member functions (and its bases') create with {@code make_shared},
 *       {@code make_unique} or {@code new}, unless a member already owns that class (then the
 *       creation is taken to fill that member).
 * </ul>
 *
 * Raw pointers, references and {@code std::weak_ptr} observe and are not followed. Members whose
 * type is one of the class's own template parameters name no class and are skipped.
 */
final class OwnershipEdges {
  private final ClassLookup lookup;
  private final OwningTypes owning;
  private final CreationSites creations;
  private final Map<String, List<OwnershipEdge>> memo = new HashMap<>();

  OwnershipEdges(ClassLookup lookup, OwningTypes owning, CreationSites creations) {
    this.lookup = lookup;
    this.owning = owning;
    this.creations = creations;
  }

  List<OwnershipEdge> of(ClassFact type) {
    String key = type.qualifiedName() + "@" + type.location();
    List<OwnershipEdge> known = memo.get(key);
    if (known == null) {
      List<OwnershipEdge> edges = new ArrayList<>();
      walkClass(type, "", new HashSet<>(), edges);
      addCreations(type, edges, new HashSet<>());
      known = List.copyOf(edges);
      memo.put(key, known);
    }
    return known;
  }

  /** Members of a class held by value, with their bases; {@code prefix} is the member path so far. */
  private void walkClass(ClassFact type, String prefix, Set<String> visiting, List<OwnershipEdge> out) {
    String key = type.qualifiedName() + "@" + type.location();
    if (!visiting.add(key)) {
      return; // a class cannot hold itself by value; stop on malformed input
    }
    for (ClassFact base : lookup.directBases(type)) {
      walkClass(base, prefix, visiting, out);
    }
    Set<String> parameters = Set.copyOf(type.templateParameters());
    for (MemberFact member : type.members()) {
      if (!member.isStatic()) {
        Place place = new Place(type, parameters, type.qualifiedName(), prefix + member.name(),
            member.type().spelled(), member.location());
        walkType(member.type(), place, visiting, out);
      }
    }
    visiting.remove(key);
  }

  /**
   * Where a member sits: the declaring class and its template parameters, the scope names are
   * looked up from, the member path, and the member's type as written.
   */
  private record Place(ClassFact owner, Set<String> parameters, String scope, String path, String written,
      SourceLocation location) {}

  private void walkType(TypeRef type, Place place, Set<String> visiting, List<OwnershipEdge> out) {
    if (type.indirect()) {
      return; // a raw pointer or a reference observes; it owns nothing we can prove
    }
    walkSpelled(type.spelled(), place, new Holding(false, true, !type.arrayDimensions().isEmpty()), visiting, out, 0);
  }

  /**
   * How the spelled type at hand is held.
   *
   * @param onHeap it is an element of a container or the pointee of an owning pointer: a project
   *     class found here is a separate owned object, not part of this one
   * @param exclusive no one else can own it (by value, {@code unique_ptr}, container element)
   * @param many there may be more than one (container, array)
   */
  private record Holding(boolean onHeap, boolean exclusive, boolean many) {
    Holding pointee(boolean exclusivePointer, boolean array) {
      return new Holding(true, exclusive && exclusivePointer, many || array);
    }

    Holding element() {
      return new Holding(true, exclusive, true);
    }

    Holding inline(boolean array) {
      return new Holding(onHeap, exclusive, many || array);
    }
  }

  private void walkSpelled(String spelled, Place place, Holding holding, Set<String> visiting,
      List<OwnershipEdge> out, int depth) {
    String text = spelled.trim();
    if (depth > 8 || text.isEmpty() || text.endsWith("*") || text.endsWith("&") || text.contains("(*")) {
      return;
    }
    boolean array = ClassLookup.hasArrayBounds(text);
    TypeName name = TypeName.parse(ClassLookup.withoutArrayBounds(text));
    if (place.parameters().contains(name.base())) {
      return;
    }
    switch (owning.kind(name)) {
      case OWNING_POINTER -> {
        if (!name.arguments().isEmpty()) {
          String pointee = name.arguments().get(0);
          Holding held = holding.pointee(owning.exclusive(name), ClassLookup.hasArrayBounds(pointee));
          walkSpelled(pointee, place, held, visiting, out, depth + 1);
        }
      }
      case CONTAINER -> name.arguments().forEach(
          arg -> walkSpelled(arg, place, holding.element(), visiting, out, depth + 1));
      case INLINE -> name.arguments().forEach(
          arg -> walkSpelled(arg, place, holding.inline(array), visiting, out, depth + 1));
      case OTHER_STANDARD -> { }
      case PROJECT -> walkProjectType(name, place, holding.inline(array), visiting, out, depth);
    }
  }

  private void walkProjectType(TypeName name, Place place, Holding holding, Set<String> visiting,
      List<OwnershipEdge> out, int depth) {
    Optional<ClassLookup.Resolved> resolved = lookup.step(name, place.scope());
    if (resolved.isEmpty() || resolved.get().aliasIndirect()) {
      return;
    }
    ClassLookup.Resolved found = resolved.get();
    if (found.type() == null) {
      Place aliasPlace = new Place(place.owner(), Set.of(), found.aliasScope(), place.path(), place.written(),
          place.location());
      walkSpelled(found.aliasTarget(), aliasPlace, holding, visiting, out, depth + 1);
    } else if (holding.onHeap()) {
      out.add(new OwnershipEdge(found.type(), place.path(), place.owner().qualifiedName(), place.written(),
          false, holding.exclusive(), holding.many(), place.location()));
    } else {
      walkClass(found.type(), place.path() + ".", visiting, out);
    }
  }

  /**
   * Creations in member functions of the class and of its bases, one per created class, for
   * classes no member owns yet.
   */
  private void addCreations(ClassFact type, List<OwnershipEdge> edges, Set<String> visited) {
    if (!visited.add(type.qualifiedName())) {
      return;
    }
    for (CreationSites.Site site : creations.of(type)) {
      Optional<ClassFact> target = lookup.classOf(site.spelledType(), type.qualifiedName());
      if (target.isEmpty() || owns(edges, target.get())) {
        continue;
      }
      edges.add(new OwnershipEdge(target.get(), site.function(), type.qualifiedName(), site.expression(),
          true, false, ClassLookup.hasArrayBounds(site.spelledType()), site.call().location()));
    }
    for (ClassFact base : lookup.directBases(type)) {
      addCreations(base, edges, visited);
    }
  }

  private static boolean owns(List<OwnershipEdge> edges, ClassFact target) {
    return edges.stream().anyMatch(e -> e.target().qualifiedName().equals(target.qualifiedName()));
  }
}
