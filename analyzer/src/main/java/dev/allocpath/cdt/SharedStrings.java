package dev.allocpath.cdt;

import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies of a unit's own facts (calls, variables, data flow) whose strings, types and arguments
 * are the interner's shared copies. These facts are not shared as a whole (they are mostly
 * distinct), but their parts repeat: every name, type spelling and argument text comes fresh from
 * the parser, so at the reference size the kept facts held 526,471 strings with 37,601 distinct
 * values, about half of the heap held until the rules run.
 *
 * <p>A component added to one of these records must be copied here too; {@code
 * SharedStringsTest} fails when one is lost.
 */
final class SharedStrings {
  private final FactInterner interner;

  SharedStrings(FactInterner interner) {
    this.interner = interner;
  }

  <T> List<T> all(List<T> items, UnaryOperator<T> copy) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(copy.apply(item));
    }
    return out;
  }

  CallFact call(CallFact c) {
    return c == null ? null : new CallFact(s(c.callee()), s(c.qualifiedCallee()), s(c.receiver()),
        strings(c.templateArguments()), all(c.arguments(), this::shared), c.location(), s(c.macro()),
        s(c.enclosingFunction()));
  }

  VariableFact variable(VariableFact v) {
    return new VariableFact(s(v.qualifiedName()), s(v.name()), shared(v.type()), v.storage(),
        v.isConst(), v.isExtern(), s(v.initializer()), s(v.enclosingFunction()), v.location(), s(v.section()));
  }

  AssignmentFact assignment(AssignmentFact a) {
    return new AssignmentFact(s(a.target()), a.kind(), s(a.valueText()), s(a.valueStorage()), call(a.valueCall()),
        a.location(), s(a.enclosingFunction()));
  }

  ReturnFact returned(ReturnFact r) {
    return new ReturnFact(s(r.storage()), s(r.enclosingFunction()), r.location());
  }

  private List<String> strings(List<String> items) {
    return items.isEmpty() ? items : all(items, this::s);
  }

  private String s(String value) {
    return shared(value);
  }

  private <T> T shared(T value) {
    return value == null ? null : interner.intern(value);
  }
}
