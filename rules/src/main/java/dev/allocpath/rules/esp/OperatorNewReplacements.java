package dev.allocpath.rules.esp;

import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.model.Component;
import dev.allocpath.model.LinkWrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what takes C++ allocations away from the default heap for the whole program:
 * definitions of the replaceable global allocation functions ({@code operator new} and
 * {@code operator new[]} in their plain, nothrow, aligned and aligned-nothrow forms) in compiled
 * code, and a PUBLIC, INTERFACE or global link wrap of {@code malloc}, which the linker applies
 * to libstdc++'s default {@code operator new} as well. Placement forms ({@code (size_t, void*)}),
 * other overloads with extra arguments and class-specific operators replace nothing globally.
 */
final class OperatorNewReplacements {
  private final List<FunctionFact> definitions;
  private final List<LinkWrap> mallocWraps;

  private OperatorNewReplacements(List<FunctionFact> definitions, List<LinkWrap> mallocWraps) {
    this.definitions = definitions;
    this.mallocWraps = mallocWraps;
  }

  static OperatorNewReplacements find(ProjectFacts facts) {
    List<FunctionFact> definitions =
        facts.functions().stream().filter(OperatorNewReplacements::isReplacement).toList();
    List<LinkWrap> wraps = new ArrayList<>();
    for (Component component : facts.model().components()) {
      for (LinkWrap wrap : component.linkWraps()) {
        if (wrap.symbol().equals("malloc") && wrap.scope().propagates()) {
          wraps.add(wrap);
        }
      }
    }
    wraps.sort((a, b) -> a.origin().toString().compareTo(b.origin().toString()));
    return new OperatorNewReplacements(definitions, List.copyOf(wraps));
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

  boolean present() {
    return !definitions.isEmpty() || !mallocWraps.isEmpty();
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

  Object summaryData() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("replaced", present());
    List<Map<String, String>> where = new ArrayList<>();
    for (FunctionFact f : definitions) {
      where.add(Map.of("location", f.location().toString(), "form", form(f)));
    }
    data.put("definitions", where);
    data.put("mallocWraps", mallocWraps.stream().map(w -> w.origin().toString()).toList());
    return data;
  }

  List<String> summaryLines() {
    if (!present()) {
      return List.of("operator new is not replaced: C++ containers, strings, make_shared and new use internal RAM.");
    }
    List<String> lines = new ArrayList<>();
    for (FunctionFact f : definitions) {
      lines.add("operator new is replaced at " + f.location() + " (" + form(f) + ").");
    }
    for (LinkWrap wrap : mallocWraps) {
      lines.add("malloc is wrapped at " + wrap.origin() + ", which also catches the default operator new.");
    }
    lines.add("Objects built by static initialisers before the replacement's heap is ready may still"
        + " land in internal RAM if the replacement starts there.");
    return lines;
  }
}
