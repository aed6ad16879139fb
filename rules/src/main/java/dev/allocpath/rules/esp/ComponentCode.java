package dev.allocpath.rules.esp;

import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.api.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The code of one component, merged over its units: header code compiled by several units
 * appears once (facts are keyed by location).
 */
final class ComponentCode {
  final String component;
  final List<CallFact> calls;
  final List<AssignmentFact> assignments;
  final List<ReturnFact> returns;
  final List<FunctionFact> functions;
  final List<VariableFact> variables;
  final List<ClassFact> classes;

  /**
   * The units of each component, in component order. Computed once per run: the thread rule, the
   * stack scan and the internal-block scan all group the units the same way.
   */
  static Map<String, List<UnitFacts>> unitsByComponent(ProjectFacts facts) {
    return facts.derived(List.of(ComponentCode.class, "units"), f -> {
      Map<String, List<UnitFacts>> byComponent = new TreeMap<>();
      f.units().forEach(u -> byComponent.computeIfAbsent(u.component(), k -> new ArrayList<>()).add(u));
      Map<String, List<UnitFacts>> frozen = new TreeMap<>();
      byComponent.forEach((component, units) -> frozen.put(component, List.copyOf(units)));
      return Collections.unmodifiableMap(frozen);
    });
  }

  /**
   * Every component's merged code, in component order, built once per run and shared by the rules
   * that read it (merging every unit's facts is the larger part of their cost).
   */
  static Map<String, ComponentCode> byComponent(ProjectFacts facts) {
    return facts.derived(List.of(ComponentCode.class, "code"), f -> {
      Map<String, ComponentCode> codes = new TreeMap<>();
      unitsByComponent(f).forEach((component, units) -> codes.put(component, new ComponentCode(component, units)));
      return Collections.unmodifiableMap(codes);
    });
  }

  ComponentCode(String component, List<UnitFacts> units) {
    this.component = component;
    this.calls = merge(units, UnitFacts::calls, CallFact::location,
        c -> Arrays.asList(c.location(), c.callee(), c.arguments(), c.enclosingFunction()));
    this.assignments = merge(units, UnitFacts::assignments, AssignmentFact::location,
        a -> Arrays.asList(a.location(), a.target(), a.kind(), a.valueText()));
    this.returns = merge(units, UnitFacts::returns, ReturnFact::location,
        r -> Arrays.asList(r.location(), r.storage()));
    this.functions = merge(units, UnitFacts::functions, FunctionFact::location,
        f -> Arrays.asList(f.location(), f.qualifiedName()));
    this.variables = merge(units, UnitFacts::variables, VariableFact::location,
        v -> Arrays.asList(v.location(), v.qualifiedName()));
    this.classes = merge(units, UnitFacts::classes, ClassFact::location,
        c -> Arrays.asList(c.location(), c.qualifiedName()));
  }

  /**
   * The items of all units, each site once. Only header code can repeat across units, so an item
   * in its unit's own source file is taken as it is (when no other unit compiles that file) and
   * only the rest goes through the key map: hashing every call's arguments took most of the
   * thread rule's time on large projects. The order is that of the units and their items.
   */
  private static <T> List<T> merge(List<UnitFacts> units, Function<UnitFacts, List<T>> part,
      Function<T, SourceLocation> location, Function<T, List<?>> key) {
    Set<String> sources = new HashSet<>();
    boolean ownFilesUnique = units.stream().allMatch(u -> sources.add(u.unitPath()));
    List<T> merged = new ArrayList<>();
    Set<List<?>> seen = new HashSet<>();
    // Header facts replayed into many units are mostly the same objects (shared by the run's
    // interner and by the cache's component store): one identity check skips their deep key.
    Set<T> seenObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    for (UnitFacts unit : units) {
      for (T item : part.apply(unit)) {
        SourceLocation where = location.apply(item);
        boolean own = ownFilesUnique && where != null && where.path().equals(unit.unitPath());
        if (own || seenObjects.add(item) && seen.add(key.apply(item))) {
          merged.add(item);
        }
      }
    }
    return merged;
  }

  /** Functions by simple name: calls name their callee without qualifiers. */
  Map<String, List<FunctionFact>> functionsByName() {
    Map<String, List<FunctionFact>> byName = new LinkedHashMap<>();
    functions.forEach(f -> byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f));
    return byName;
  }

  static <T> List<T> flatten(Collection<List<T>> lists) {
    List<T> all = new ArrayList<>();
    lists.forEach(all::addAll);
    return all;
  }
}
