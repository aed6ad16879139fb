package dev.allocpath.cdt;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import java.util.function.Predicate;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.parser.IProblem;

/**
 * Parse problems worth telling the user, as {@code parse-error} notifications (capped per file
 * by {@link FactSink}): syntax problems, {@code #error} and other preprocessor errors, and quoted
 * includes of project headers that cannot be found. Missing system headers are expected (they
 * are never read) and so are quoted includes of files the project does not contain
 * ({@code "esp_log.h"}): neither is reported. Headers without usable text are reported as
 * {@code binary-file} or {@code unreadable-file}.
 */
final class ProblemCollector implements FactCollector {
  private static final int SNIPPET_LENGTH = 60;

  private final UnitFiles files;
  private final Predicate<String> projectHasFileNamed;
  private final String unitPath;

  /**
   * @param projectHasFileNamed whether a file with this name (last path segment) exists anywhere
   *     in the project
   */
  ProblemCollector(UnitFiles files, Predicate<String> projectHasFileNamed, String unitPath) {
    this.files = files;
    this.projectHasFileNamed = projectHasFileNamed;
    this.unitPath = unitPath;
  }

  @Override
  public String name() {
    return "problem";
  }

  @Override
  public void problem(IASTProblem problem, WalkContext context) {
    String snippet = Spelling.collapse(problem.getRawSignature());
    if (snippet.length() > SNIPPET_LENGTH) {
      snippet = snippet.substring(0, SNIPPET_LENGTH) + "...";
    }
    String message = "cannot parse" + (snippet.isEmpty() ? "" : " '" + snippet + "'")
        + " (" + lowerFirst(problem.getMessage()) + ")";
    context.sink().problem(where(problem, context), message);
  }

  @Override
  public void finish(IASTTranslationUnit unit, WalkContext context) {
    for (IASTProblem problem : unit.getPreprocessorProblems()) {
      int id = problem.getID();
      if (ignoredPreprocessorProblem(id)) {
        // Missing includes are handled below; warnings and redefinitions are not parse errors.
        continue;
      }
      String message = preprocessorMessage(problem);
      context.sink().problem(where(problem, context), message);
    }
    for (IASTPreprocessorIncludeStatement include : unit.getIncludeDirectives()) {
      if (include.isActive() && !include.isResolved() && !include.isSystemInclude()) {
        String spelled = include.getName().toString();
        String fileName = spelled.substring(Math.max(spelled.lastIndexOf('/'), spelled.lastIndexOf('\\')) + 1);
        if (projectHasFileNamed.test(fileName)) {
          context.sink().problem(where(include, context),
              "cannot find included file \"" + spelled
                  + "\" (the project has a file of that name: are the include directories complete?)");
        }
      }
    }
    for (UnitFiles.Unusable header : files.unusable()) {
      boolean binary = header.text().status() == SourceText.Status.BINARY;
      context.sink().note(new Notification(
          Severity.WARNING,
          binary ? "binary-file" : "unreadable-file",
          "skipped included file: " + (binary ? "binary content" : header.text().detail()),
          SourceLocation.ofFile(context.locations().relative(header.path()))));
    }
  }

  /** Preprocessor problems that are not reported as parse errors (missing includes are checked apart). */
  static boolean ignoredPreprocessorProblem(int id) {
    return id == IProblem.PREPROCESSOR_INCLUSION_NOT_FOUND
        || id == IProblem.PREPROCESSOR_POUND_WARNING
        || id == IProblem.PREPROCESSOR_INVALID_MACRO_REDEFN
        || id == IProblem.PREPROCESSOR_DEFINITION_NOT_FOUND;
  }

  private static String preprocessorMessage(IASTProblem problem) {
    String argument = problem.getArguments().length == 0 ? "" : String.join(" ", problem.getArguments());
    if (problem.getID() == IProblem.PREPROCESSOR_POUND_ERROR) {
      return "#error " + argument;
    }
    // This CDT build has no message texts for preprocessor problems, so they are named here.
    String what = switch (problem.getID()) {
      case IProblem.PREPROCESSOR_CIRCULAR_INCLUSION -> "circular inclusion";
      case IProblem.PREPROCESSOR_EXCEEDS_MAXIMUM_INCLUSION_DEPTH ->
          "includes nested too deeply (circular inclusion?)";
      case IProblem.PREPROCESSOR_UNBALANCE_CONDITION -> "unbalanced conditional directive";
      case IProblem.PREPROCESSOR_INVALID_MACRO_DEFN -> "invalid macro definition";
      case IProblem.PREPROCESSOR_INVALID_DIRECTIVE -> "invalid preprocessor directive";
      case IProblem.PREPROCESSOR_CONDITIONAL_EVAL_ERROR -> "cannot evaluate condition";
      case IProblem.PREPROCESSOR_MACRO_USAGE_ERROR -> "invalid macro use";
      case IProblem.PREPROCESSOR_MACRO_PASTING_ERROR -> "invalid token pasting";
      case IProblem.PREPROCESSOR_MISSING_RPAREN_PARMLIST -> "missing ')' in macro parameters";
      case IProblem.PREPROCESSOR_INVALID_VA_ARGS -> "invalid use of __VA_ARGS__";
      default -> problem.getMessage() == null || problem.getMessage().isEmpty()
          ? "preprocessor problem"
          : lowerFirst(problem.getMessage());
    };
    return argument.isEmpty() ? what : what + ": " + argument;
  }

  private SourceLocation where(IASTNode node, WalkContext context) {
    SourceLocation location = context.locations().of(node);
    return location != null ? location : SourceLocation.ofFile(unitPath);
  }

  private static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return "parse problem";
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
