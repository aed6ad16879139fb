package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.RecordFiller;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.VariableFact;
import org.junit.jupiter.api.Test;

/** Sharing the strings of a unit's own facts changes no fact, and equal strings become one. */
class SharedStringsTest {
  private final SharedStrings strings = new SharedStrings(new FactInterner());

  @Test
  void copiesAreEqualToTheOriginalsInEveryComponent() {
    RecordFiller filler = new RecordFiller();
    CallFact call = filler.record(CallFact.class);
    VariableFact variable = filler.record(VariableFact.class);
    AssignmentFact assignment = filler.record(AssignmentFact.class);
    ReturnFact returned = filler.record(ReturnFact.class);

    assertEquals(call, strings.call(call));
    assertEquals(variable, strings.variable(variable));
    assertEquals(assignment, strings.assignment(assignment));
    assertEquals(returned, strings.returned(returned));
  }

  @Test
  void equalStringsOfDifferentFactsBecomeTheSameObject() {
    CallFact first = new RecordFiller().record(CallFact.class);
    CallFact second = new RecordFiller().record(CallFact.class);
    String freshCallee = new String(second.callee());

    CallFact a = strings.call(first);
    CallFact b = strings.call(new CallFact(freshCallee, second.qualifiedCallee(), second.receiver(),
        second.templateArguments(), second.arguments(), second.location(), second.macro(),
        second.enclosingFunction()));

    assertSame(a.callee(), b.callee());
    assertSame(a.arguments().get(0), b.arguments().get(0));
  }
}
