package dev.allocpath.facts;

import dev.allocpath.api.Notification;
import java.util.List;

/**
 * Everything the rules need from one translation unit; the AST is dropped once this exists.
 * Header code appears in the facts of every unit that includes it (locations say which file).
 *
 * @param unitPath project-relative path of the source file
 * @param component the component that compiles the unit
 * @param lineCount lines of the main source file
 * @param includedFiles project-relative paths of project headers the unit read (forced ones too)
 * @param macros macro definitions in force, from project headers, forced includes and the
 *     command line (builtins of the compiler prelude excluded)
 * @param problems parse problems of this unit (as notifications with locations)
 * @param assignments values flowing into storage (assignments, initializers, range-for)
 * @param returns returns of a storage location (escapes)
 */
public record UnitFacts(
    String unitPath,
    String component,
    int lineCount,
    List<String> includedFiles,
    List<ClassFact> classes,
    List<TypeAliasFact> aliases,
    List<FunctionFact> functions,
    List<CallFact> calls,
    List<VariableFact> variables,
    List<MacroFact> macros,
    List<Notification> problems,
    List<AssignmentFact> assignments,
    List<ReturnFact> returns) {

  /** Facts without data-flow information (no assignments, no returns). */
  public UnitFacts(
      String unitPath,
      String component,
      int lineCount,
      List<String> includedFiles,
      List<ClassFact> classes,
      List<TypeAliasFact> aliases,
      List<FunctionFact> functions,
      List<CallFact> calls,
      List<VariableFact> variables,
      List<MacroFact> macros,
      List<Notification> problems) {
    this(unitPath, component, lineCount, includedFiles, classes, aliases, functions, calls,
        variables, macros, problems, List.of(), List.of());
  }

  public UnitFacts {
    includedFiles = List.copyOf(includedFiles);
    classes = List.copyOf(classes);
    aliases = List.copyOf(aliases);
    functions = List.copyOf(functions);
    calls = List.copyOf(calls);
    variables = List.copyOf(variables);
    macros = List.copyOf(macros);
    problems = List.copyOf(problems);
    assignments = List.copyOf(assignments);
    returns = List.copyOf(returns);
  }
}
