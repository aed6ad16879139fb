package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.MacroFact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionStyleMacroParameter;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorUndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * The macros in force at the end of the unit: command-line definitions, then every active
 * {@code #define} and {@code #undef} of the files read, in the order the preprocessor met them
 * (forced includes first). The compiler prelude and CDT's built-ins are left out; only files the
 * parser could read are project or generated files, so every {@code #define} seen is the user's.
 */
final class MacroCollector implements FactCollector {
  private final Set<String> commandLineMacros;
  private final SharedMacros shared;
  private final UnitFiles files;

  MacroCollector(Set<String> commandLineMacros) {
    this(commandLineMacros, null, null);
  }

  /** Shares the facts of definitions in files read from disk through {@code shared}. */
  MacroCollector(Set<String> commandLineMacros, SharedMacros shared, UnitFiles files) {
    this.commandLineMacros = commandLineMacros;
    this.shared = shared;
    this.files = files;
  }

  @Override
  public String name() {
    return "macro";
  }

  /** The macros skipped headers defined, by the skipped {@code #include} (null: none skipped there). */
  private Function<IASTPreprocessorStatement, List<HeaderSkips.MacroStep>> skipped = statement -> null;

  void skippedMacros(Function<IASTPreprocessorStatement, List<HeaderSkips.MacroStep>> skippedAt) {
    this.skipped = skippedAt;
  }

  /** The fact of a {@code #define} as {@link #finish} records it (null for CDT's built-ins). */
  MacroFact factOf(IASTPreprocessorMacroDefinition definition, WalkContext context) {
    return located(definition, context);
  }

  @Override
  public void finish(IASTTranslationUnit unit, WalkContext context) {
    Map<String, MacroFact> inForce = new LinkedHashMap<>();
    for (IASTPreprocessorMacroDefinition builtin : unit.getBuiltinMacroDefinitions()) {
      String name = builtin.getName().toString();
      if (commandLineMacros.contains(name)) {
        inForce.put(name, fact(builtin, null));
      }
    }
    for (IASTPreprocessorStatement statement : unit.getAllPreprocessorStatements()) {
      context.deadline().check();
      if (statement instanceof IASTPreprocessorMacroDefinition definition && definition.isActive()) {
        MacroFact fact = located(definition, context);
        if (fact != null) {
          inForce.put(fact.name(), fact);
        }
      } else if (statement instanceof IASTPreprocessorUndefStatement undefine && undefine.isActive()) {
        inForce.remove(undefine.getMacroName().toString());
      } else {
        List<HeaderSkips.MacroStep> steps = skipped.apply(statement);
        if (steps != null) {
          // What the skipped header's #defines and #undefs did, as reading it would have.
          for (HeaderSkips.MacroStep step : steps) {
            if (step.expansion() == null) {
              inForce.remove(step.name());
            } else if (step.fact() != null) {
              inForce.put(step.name(), step.fact());
            }
          }
        }
      }
    }
    context.sink().macros.addAll(inForce.values());
  }

  /** The fact of a {@code #define} in a served file, or null when it is in none (built-ins). */
  private MacroFact located(IASTPreprocessorMacroDefinition definition, WalkContext context) {
    IASTFileLocation where = definition.getName().getFileLocation();
    SourceText text = where == null || files == null ? null : files.sharedText(where.getFileName());
    if (text == null) {
      SourceLocation location = context.locations().of(definition.getName());
      return location == null ? null : fact(definition, location);
    }
    return shared.get(text, where.getNodeOffset(), () -> {
      SourceLocation location = context.locations().of(where);
      return location == null ? null : fact(definition, location);
    });
  }

  private static MacroFact fact(IASTPreprocessorMacroDefinition definition, SourceLocation location) {
    String parameters = null;
    if (definition instanceof IASTPreprocessorFunctionStyleMacroDefinition functionStyle) {
      StringBuilder text = new StringBuilder("(");
      IASTFunctionStyleMacroParameter[] list = functionStyle.getParameters();
      for (int i = 0; i < list.length; i++) {
        text.append(i == 0 ? "" : ", ").append(list[i].getParameter());
      }
      parameters = text.append(')').toString();
    }
    return new MacroFact(
        definition.getName().toString(), parameters, Spelling.collapse(definition.getExpansion()), location);
  }
}
