package dev.allocpath.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up classes and aliases by the names code spells them with. Lookup follows C++ scoping
 * loosely: the innermost enclosing scope first, then outwards, then a unique match on the last
 * name segments (which covers {@code using namespace} and names from unparsed headers). Matching
 * spelled names rather than CDT bindings is deliberate: {@code std::} types stay unresolved
 * without the toolchain's headers, and facts must not depend on them.
 */
public final class TypeIndex {
  /** A class or an alias a name resolves to. Exactly one of the two is set. */
  public record Target(ClassFact type, TypeAliasFact alias) {}

  private final Map<String, Target> byQualifiedName = new HashMap<>();
  private final Map<String, List<Target>> bySimpleName = new HashMap<>();

  public TypeIndex(ProjectFacts facts) {
    for (TypeAliasFact alias : facts.aliases()) {
      add(alias.qualifiedName(), alias.name(), new Target(null, alias));
    }
    // Classes after aliases: "typedef struct foo foo" must resolve to the struct itself.
    for (ClassFact type : facts.classes()) {
      add(type.qualifiedName(), type.name(), new Target(type, null));
    }
  }

  private void add(String qualified, String simple, Target target) {
    Target previous = byQualifiedName.get(qualified);
    if (previous == null || (previous.alias() != null && target.type() != null)) {
      byQualifiedName.put(qualified, target);
    }
    bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(target);
  }

  /**
   * Resolves {@code name} (a template name without arguments, possibly qualified) as seen from
   * code in {@code scope} (a qualified scope name, empty for the global scope).
   */
  public Optional<Target> resolve(String name, String scope) {
    String current = scope;
    while (true) {
      String candidate = current.isEmpty() ? name : current + "::" + name;
      Target hit = byQualifiedName.get(candidate);
      if (hit != null) {
        return Optional.of(hit);
      }
      if (current.isEmpty()) {
        break;
      }
      int cut = current.lastIndexOf("::");
      current = cut < 0 ? "" : current.substring(0, cut);
    }
    return uniqueBySuffix(name);
  }

  private Optional<Target> uniqueBySuffix(String name) {
    int cut = name.lastIndexOf("::");
    String simple = cut < 0 ? name : name.substring(cut + 2);
    List<Target> candidates = bySimpleName.getOrDefault(simple, List.of());
    Target found = null;
    for (Target candidate : candidates) {
      String qualified =
          candidate.type() != null ? candidate.type().qualifiedName() : candidate.alias().qualifiedName();
      if (qualified.equals(name) || qualified.endsWith("::" + name)) {
        if (found != null && !sameTarget(found, candidate)) {
          return Optional.empty(); // ambiguous: do not guess
        }
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean sameTarget(Target a, Target b) {
    String qa = a.type() != null ? a.type().qualifiedName() : a.alias().qualifiedName();
    String qb = b.type() != null ? b.type().qualifiedName() : b.alias().qualifiedName();
    return qa.equals(qb);
  }
}
