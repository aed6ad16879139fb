package dev.allocpath.cdt;

import dev.allocpath.facts.MacroFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorPragmaStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorUndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IMacroBinding;

/**
 * Turns a header a unit read into a {@link HeaderSkips.Closure} later units may skip: the files it
 * entered and those it only asked for, its macros in order, the names it declares, its
 * {@code #pragma once} files. A header that reached something a skip could not reproduce (a
 * missing project include, a preprocessor problem, {@code #include_next}, a name found without
 * being spelled) gives no closure. One per unit, after its walk.
 */
final class ClosureRecorder {
  private final HeaderReuse reuse;
  private final UnitFiles files;
  private final UnitSkips skips;
  private final String mainKey;
  private final Function<IASTPreprocessorMacroDefinition, MacroFact> macroFact;
  private final IASTPreprocessorStatement[] all;
  private final IASTProblem[] problems;
  private final IASTPreprocessorIncludeStatement[] includes;

  /** @param macroFact the fact the unit's macro collector gives a {@code #define} */
  ClosureRecorder(HeaderReuse reuse, UnitFiles files, UnitSkips skips, String mainKey, IASTTranslationUnit unit,
      Function<IASTPreprocessorMacroDefinition, MacroFact> macroFact) {
    this.reuse = reuse;
    this.files = files;
    this.skips = skips;
    this.mainKey = mainKey;
    this.macroFact = macroFact;
    this.all = unit.getAllPreprocessorStatements();
    this.problems = unit.getPreprocessorProblems();
    this.includes = unit.getIncludeDirectives();
  }

  /** The closure of a stretch this unit read, or null when it must never be skipped. */
  HeaderSkips.Closure closure(String header, List<String> stretchFiles, int start, int end,
      Map<String, MacroContext.Fingerprint> contexts, Map<String, Identifiers> identifiers, int request,
      IASTDeclaration[] declarations) {
    Set<String> inside = new HashSet<>(stretchFiles);
    Map<String, Boolean> askedOnly = new HashMap<>();
    // The identifiers of the files entered and of those only asked for, as the run already holds
    // them (a union would copy every name once more per recorded closure).
    List<Identifiers> reach = new ArrayList<>();
    stretchFiles.forEach(file -> reach.add(identifiers.get(file)));
    for (IASTPreprocessorIncludeStatement include : includes) {
      if (!include.isActive() || !inside.contains(fileOf(include))) {
        continue;
      }
      if (!include.isResolved()) {
        if (!include.isSystemInclude()) {
          return null; // reported as a problem when found in a project: never skipped
        }
        continue;
      }
      String path = include.getPath();
      if (inside.contains(path)) {
        continue;
      }
      SourceText shared = files.sharedText(path);
      if (shared == null) {
        return null;
      }
      Integer read = skips.firstRead(path);
      askedOnly.put(path, read == null || read < request);
      reach.add(reuse.identifiers(shared));
    }
    for (IASTProblem problem : problems) {
      if (inside.contains(fileOf(problem)) && !ProblemCollector.ignoredPreprocessorProblem(problem.getID())) {
        return null;
      }
    }
    ClosureNames names = ClosureNames.of(declarations, start, end);
    if (names.reachesUnnamed()) {
      return null;
    }
    List<HeaderSkips.MacroStep> steps = new ArrayList<>();
    Set<String> pragmaOnce = new HashSet<>();
    for (IASTPreprocessorStatement statement : all) {
      if (!statement.isActive() || !inside.contains(fileOf(statement))) {
        continue;
      }
      if (statement instanceof IASTPreprocessorMacroDefinition definition) {
        HeaderSkips.MacroStep step = step(definition);
        if (step == null) {
          return null;
        }
        steps.add(step);
      } else if (statement instanceof IASTPreprocessorUndefStatement undefine) {
        IASTFileLocation where = undefine.getFileLocation();
        steps.add(new HeaderSkips.MacroStep(undefine.getMacroName().toString(), null, null, where.getFileName(),
            where.getNodeOffset(), where.getNodeLength(), where.getStartingLineNumber(), null));
      } else if (statement instanceof IASTPreprocessorPragmaStatement pragma
          && "once".equals(new String(pragma.getMessage()).trim())) {
        pragmaOnce.add(fileOf(statement));
      }
    }
    // #include_next searches from where its file was found, which the include paths do not say.
    for (Identifiers ofFile : reach) {
      if (!ofFile.reusable() || reuse.nameSet(ofFile).contains("include_next")) {
        return null;
      }
    }
    return new HeaderSkips.Closure(header, stretchFiles, contexts, identifiers, reach, askedOnly,
        steps, names.declared(), pragmaOnce, start >= 0);
  }

  private HeaderSkips.MacroStep step(IASTPreprocessorMacroDefinition definition) {
    IASTFileLocation where = definition.getName().getFileLocation();
    if (where == null || !(definition.getName().resolveBinding() instanceof IMacroBinding binding)) {
      return null;
    }
    char[] image = binding.getExpansionImage();
    return new HeaderSkips.MacroStep(definition.getName().toString(), binding.getParameterList(),
        image == null ? new char[0] : image, where.getFileName(), where.getNodeOffset(), where.getNodeLength(),
        where.getStartingLineNumber(), macroFact.apply(definition));
  }

  private String fileOf(IASTNode node) {
    IASTFileLocation where = node.getFileLocation();
    return where == null ? mainKey : where.getFileName();
  }

}
