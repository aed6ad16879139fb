package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.facts.TypeName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says how a spelled type holds the objects named in its template arguments: an owning smart
 * pointer ({@code std::shared_ptr}, {@code std::unique_ptr}, plus the names configured under
 * {@code budget.owning-pointers}), a heap container that owns its elements, a wrapper that keeps
 * them inline, or a standard type that merely observes them ({@code std::weak_ptr}) or holds none.
 * Names are matched with or without {@code std::}, since code often says {@code shared_ptr<T>}
 * after {@code using std::shared_ptr;}.
 */
final class OwningTypes {
  enum Kind {
    /** Owns one object on the heap (the first template argument). */
    OWNING_POINTER,
    /** Owns any number of elements on the heap. */
    CONTAINER,
    /** Keeps its arguments inside itself, by value. */
    INLINE,
    /** A standard type that owns nothing we count: weak_ptr, function, string, atomics... */
    OTHER_STANDARD,
    /** Anything else: a project type to look up. */
    PROJECT
  }

  static final String SETTINGS_KEY = "budget.owning-pointers";
  static final List<String> DEFAULT_OWNING_POINTERS = List.of("std::shared_ptr", "std::unique_ptr");
  /** The owning pointer that nothing else can share. */
  private static final Set<String> EXCLUSIVE = Set.of("std::unique_ptr");

  private static final Set<String> CONTAINERS = Set.of(
      "std::vector", "std::deque", "std::list", "std::forward_list", "std::map", "std::multimap",
      "std::unordered_map", "std::unordered_multimap", "std::set", "std::multiset",
      "std::unordered_set", "std::unordered_multiset", "std::queue", "std::stack",
      "std::priority_queue");
  private static final Set<String> INLINE = Set.of(
      "std::optional", "std::pair", "std::tuple", "std::array", "std::variant");
  /** Standard names code commonly spells without {@code std::}; others must be qualified. */
  private static final Set<String> OBSERVERS = Set.of("std::weak_ptr");

  private final Set<String> owningPointers;

  OwningTypes(Settings settings) {
    this.owningPointers = new LinkedHashSet<>(DEFAULT_OWNING_POINTERS);
    settings.list(SETTINGS_KEY, List.of()).stream().map(String::trim).filter(s -> !s.isEmpty())
        .forEach(owningPointers::add);
  }

  Kind kind(TypeName name) {
    String base = name.base().startsWith("::") ? name.base().substring(2) : name.base();
    if (matches(owningPointers, base)) {
      return Kind.OWNING_POINTER;
    }
    if (matches(CONTAINERS, base)) {
      return Kind.CONTAINER;
    }
    if (matches(INLINE, base)) {
      return Kind.INLINE;
    }
    if (base.startsWith("std::") || matches(OBSERVERS, base)) {
      return Kind.OTHER_STANDARD;
    }
    return Kind.PROJECT;
  }

  /** True for an owning pointer whose object no other pointer owns ({@code std::unique_ptr}). */
  boolean exclusive(TypeName name) {
    String base = name.base().startsWith("::") ? name.base().substring(2) : name.base();
    return matches(EXCLUSIVE, base);
  }

  /** The configured owning pointer names, for the report's list of assumptions. */
  List<String> owningPointers() {
    return List.copyOf(owningPointers);
  }

  private static boolean matches(Set<String> names, String base) {
    return names.contains(base) || (!base.contains("::") && names.contains("std::" + base));
  }
}
