package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reports static-storage containers whose elements go through the default operator new. */
@RuleInfo(
    id = "esp-default-heap-static",
    summary = "A static-storage container or string allocates through the default operator new, which serves internal RAM.",
    severity = Severity.WARNING,
    precision = "high",
    tags = {"memory", "internal-ram", "esp-idf", "c++"})
public final class DefaultHeapStaticRule implements Rule {
  private static final int SSO_CAPACITY = 15;

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    List<FunctionFact> replacements = OperatorNewReplacements.find(facts);
    context.summary("operatorNew", summaryData(replacements), summaryLines(replacements));
    if (!replacements.isEmpty()) {
      return;
    }
    DefaultAllocatorContainers containers = new DefaultAllocatorContainers(new TypeIndex(facts));
    Map<String, FindingBuilder> findings = new TreeMap<>();
    Set<String> definedStatics = new TreeSet<>();
    for (UnitFacts unit : facts.units()) {
      for (VariableFact variable : unit.variables()) {
        String kind = storageKind(variable);
        if (kind == null || variable.isExtern()) {
          continue;
        }
        if (variable.storage() == VariableFact.Storage.STATIC_MEMBER_DEFINITION) {
          definedStatics.add(variable.qualifiedName());
        }
        String scope = scopeOf(variable);
        containers.of(variable.type(), scope)
            .filter(c -> !fitsSmallStringBuffer(c, variable))
            .ifPresent(c -> findings.putIfAbsent(variable.location() + "|" + variable.qualifiedName(),
                finding(kind, variable.qualifiedName(), variable.type().spelled(), c, variable.location())));
      }
    }
    for (ClassFact owner : facts.classes()) {
      for (MemberFact member : owner.members()) {
        String name = owner.qualifiedName() + "::" + member.name();
        if (member.isStatic() && !definedStatics.contains(name)) {
          // Declared in the class and defined nowhere we parsed (e.g. an inline static member).
          containers.of(member.type(), owner.qualifiedName()).ifPresent(c -> findings.putIfAbsent(
              member.location() + "|" + name,
              finding("Static data member", name, member.type().spelled(), c, member.location())));
        }
      }
    }
    findings.values().forEach(context::report);
  }

  private static FindingBuilder finding(
      String kind, String name, String spelled, DefaultAllocatorContainers.Container container,
      dev.allocpath.api.SourceLocation location) {
    String what = container.string() ? "string" : "container";
    String message = kind + " '" + name + "' of type '" + spelled + "' is a " + what
        + " with the default allocator: its storage comes from operator new, which this project does not"
        + " replace, so it lands in internal RAM even where malloc is redirected to PSRAM.";
    return new FindingBuilder(location, message)
        .identity(name)
        .property("storage", kind)
        .property("container", container.resolved());
  }

  /** The storage kind's name in messages, or null when the variable is not of static duration. */
  private static String storageKind(VariableFact variable) {
    return switch (variable.storage()) {
      case NAMESPACE -> "Namespace-scope object";
      case STATIC_MEMBER_DEFINITION -> "Static data member";
      case FUNCTION_STATIC -> "Function-local static";
      case THREAD_LOCAL -> "Thread-local object";
      case LOCAL, PARAMETER -> null;
    };
  }

  private static String scopeOf(VariableFact variable) {
    String base = variable.enclosingFunction().isEmpty() ? variable.qualifiedName() : variable.enclosingFunction();
    int cut = base.lastIndexOf("::");
    return cut < 0 ? "" : base.substring(0, cut);
  }

  /** A const std::string initialised from a short literal lives in its own small buffer. */
  private static boolean fitsSmallStringBuffer(DefaultAllocatorContainers.Container c, VariableFact v) {
    if (!c.resolved().equals("std::string") || !v.isConst() || v.initializer() == null) {
      return false;
    }
    String init = v.initializer().trim();
    if (init.startsWith("{") && init.endsWith("}")) {
      init = init.substring(1, init.length() - 1).trim();
    }
    if (init.startsWith("(") && init.endsWith(")")) {
      init = init.substring(1, init.length() - 1).trim();
    }
    if (init.length() < 2 || !init.startsWith("\"") || !init.endsWith("\"")) {
      return false;
    }
    return StringLiterals.length(init.substring(1, init.length() - 1)) <= SSO_CAPACITY;
  }

  private static Object summaryData(List<FunctionFact> replacements) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("replaced", !replacements.isEmpty());
    List<Map<String, String>> where = new ArrayList<>();
    for (FunctionFact f : replacements) {
      where.add(Map.of("location", f.location().toString(), "form", OperatorNewReplacements.form(f)));
    }
    data.put("definitions", where);
    return data;
  }

  private static List<String> summaryLines(List<FunctionFact> replacements) {
    if (replacements.isEmpty()) {
      return List.of("operator new is not replaced: C++ containers, strings, make_shared and new use internal RAM.");
    }
    List<String> lines = new ArrayList<>();
    for (FunctionFact f : replacements) {
      lines.add("operator new is replaced at " + f.location() + " (" + OperatorNewReplacements.form(f) + ").");
    }
    lines.add("Objects built by static initialisers before the replacement's heap is ready may still"
        + " land in internal RAM if the replacement starts there.");
    return lines;
  }
}
