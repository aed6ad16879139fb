package dev.allocpath.rules.esp;

import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  ComponentCode(String component, List<UnitFacts> units) {
    this.component = component;
    this.calls = merge(units, UnitFacts::calls,
        c -> c.location() + "|" + c.callee() + "|" + c.arguments() + "|" + c.enclosingFunction());
    this.assignments = merge(units, UnitFacts::assignments,
        a -> a.location() + "|" + a.target() + "|" + a.kind() + "|" + a.valueText());
    this.returns = merge(units, UnitFacts::returns, r -> r.location() + "|" + r.storage());
    this.functions = merge(units, UnitFacts::functions, f -> f.location() + "|" + f.qualifiedName());
    this.variables = merge(units, UnitFacts::variables, v -> v.location() + "|" + v.qualifiedName());
    this.classes = merge(units, UnitFacts::classes, c -> c.location() + "|" + c.qualifiedName());
  }

  private static <T> List<T> merge(List<UnitFacts> units, Function<UnitFacts, List<T>> part, Function<T, String> key) {
    Map<String, T> unique = new LinkedHashMap<>();
    for (UnitFacts unit : units) {
      for (T item : part.apply(unit)) {
        unique.putIfAbsent(key.apply(item), item);
      }
    }
    return new ArrayList<>(unique.values());
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
