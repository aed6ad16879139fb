package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.VariableFact;
import java.util.List;

/**
 * The facts the walk found in one stretch of a unit's top-level declarations (a header with the
 * headers it included), in the order found, with the namespace-scope names those declarations
 * declared. Replaying it into another unit's {@link FactSink} is the same as walking the same
 * declarations there again. Immutable; shared by the parse threads.
 */
record FactBatch(
    List<ClassFact> classes,
    List<TypeAliasFact> aliases,
    List<FunctionFact> functions,
    List<CallFact> calls,
    List<VariableFact> variables,
    List<AssignmentFact> assignments,
    List<ReturnFact> returns,
    List<Problem> problems,
    List<DeclaredNames.Declared> declared) {

  /** A parse problem as reported to {@link FactSink#problem}. */
  record Problem(SourceLocation location, String message) {}

  /** Sizes of a sink's lists at one moment of the walk. */
  record Mark(int classes, int aliases, int functions, int calls, int variables, int assignments,
      int returns, int problems, int notesAndFailures) {}
}
