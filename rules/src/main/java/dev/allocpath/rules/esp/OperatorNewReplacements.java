package dev.allocpath.rules.esp;

import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import java.util.List;

/**
 * Finds definitions of the replaceable global allocation functions: {@code operator new} and
 * {@code operator new[]} in their plain, nothrow, aligned and aligned-nothrow forms. Placement
 * forms ({@code (size_t, void*)}) and class-specific operators replace nothing globally.
 */
final class OperatorNewReplacements {
  private OperatorNewReplacements() {}

  static List<FunctionFact> find(ProjectFacts facts) {
    return facts.functions().stream().filter(OperatorNewReplacements::isReplacement).toList();
  }

  static boolean isReplacement(FunctionFact function) {
    String name = function.qualifiedName().replace(" ", "");
    if (!function.ownerClass().isEmpty() || !(name.equals("operatornew") || name.equals("operatornew[]")
        || name.equals("::operatornew") || name.equals("::operatornew[]"))) {
      return false;
    }
    List<String> types = function.parameterTypes();
    if (types.isEmpty() || types.size() > 3) {
      return false;
    }
    for (String type : types.subList(1, types.size())) {
      String t = type.replace(" ", "");
      if (!(t.contains("nothrow_t") || t.contains("align_val_t"))) {
        return false; // placement new or a user-defined overload with extra arguments
      }
    }
    return true;
  }

  /** "plain", "array", "aligned", "nothrow" words for the summary. */
  static String form(FunctionFact function) {
    String name = function.qualifiedName().replace(" ", "");
    String joined = String.join(",", function.parameterTypes()).replace(" ", "");
    StringBuilder form = new StringBuilder(name.endsWith("[]") ? "array" : "plain");
    if (joined.contains("align_val_t")) {
      form.append(", aligned");
    }
    if (joined.contains("nothrow_t")) {
      form.append(", nothrow");
    }
    return form.toString();
  }
}
