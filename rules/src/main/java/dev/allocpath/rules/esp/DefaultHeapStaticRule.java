package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import java.util.HashSet;
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
    OperatorNewReplacements replacements = OperatorNewReplacements.find(facts);
    context.summary("operatorNew", replacements.summaryData(), replacements.summaryLines());
    if (replacements.present()) {
      return;
    }
    DefaultAllocatorContainers containers = new DefaultAllocatorContainers(new TypeIndex(facts));
    Set<String> cUnits = cUnits(facts);
    Map<String, FindingBuilder> findings = new TreeMap<>();
    Set<String> definedStatics = new TreeSet<>();
    for (UnitFacts unit : facts.units()) {
      if (cUnits.contains(unit.component() + "|" + unit.unitPath())) {
        continue; // C has no containers; a C typedef named "string" is not std::string
      }
      for (VariableFact variable : unit.variables()) {
        StorageKind kind = StorageKind.of(variable.storage());
        if (kind == null || variable.isExtern()) {
          continue;
        }
        if (variable.storage() == VariableFact.Storage.STATIC_MEMBER_DEFINITION) {
          definedStatics.add(variable.qualifiedName());
        }
        DeducedType deduced = DeducedType.of(variable);
        TypeRef type = deduced == null ? variable.type() : TypeRef.of(deduced.type());
        String initializer = deduced == null ? variable.initializer() : deduced.arguments();
        containers.of(type, scopeOf(variable))
            .filter(c -> !fitsSmallStringBuffer(c, variable.isConst(), initializer))
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
              finding(StorageKind.STATIC_MEMBER, name, member.type().spelled(), c, member.location())));
        }
      }
    }
    findings.values().forEach(context::report);
  }

  /** Units compiled as C, keyed like {@code component|path}. */
  private static Set<String> cUnits(ProjectFacts facts) {
    Set<String> c = new HashSet<>();
    for (CompileUnit unit : facts.model().units()) {
      if (unit.language() == Language.C) {
        c.add(unit.component() + "|" + facts.model().relative(unit.source()));
      }
    }
    return c;
  }

  private static FindingBuilder finding(
      StorageKind kind, String name, String spelled, DefaultAllocatorContainers.Container container,
      SourceLocation location) {
    String what = container.string() ? "string" : "container";
    String type = spelled.equals(container.resolved()) ? "'" + spelled + "'"
        : "'" + spelled + "' (" + container.resolved() + ")";
    String message = kind.label + " '" + name + "' of type " + type + " is a " + what
        + " with the default allocator: its memory comes from operator new, which this project does not"
        + " replace, and the default operator new allocates from internal RAM (a malloc redirect by macro"
        + " does not reach it); " + kind.lifetime + ".";
    return new FindingBuilder(location, message)
        .identity(name)
        .property("storage", kind.label)
        .property("container", container.resolved());
  }

  /** The static storage kinds, their names in messages, and what they mean for the memory. */
  private enum StorageKind {
    NAMESPACE("Namespace-scope object", "what it stores stays allocated for the whole run"),
    STATIC_MEMBER("Static data member", "what it stores stays allocated for the whole run"),
    FUNCTION_STATIC("Function-local static", "what it stores stays allocated from its first use to the end of the run"),
    THREAD_LOCAL("Thread-local object", "every thread that uses it allocates its own copy");

    final String label;
    final String lifetime;

    StorageKind(String label, String lifetime) {
      this.label = label;
      this.lifetime = lifetime;
    }

    /** Null when the variable does not have static (or thread) storage duration. */
    static StorageKind of(VariableFact.Storage storage) {
      return switch (storage) {
        case NAMESPACE -> NAMESPACE;
        case STATIC_MEMBER_DEFINITION -> STATIC_MEMBER;
        case FUNCTION_STATIC -> FUNCTION_STATIC;
        case THREAD_LOCAL -> THREAD_LOCAL;
        case LOCAL, PARAMETER -> null;
      };
    }
  }

  /**
   * Where names in the variable's type are looked up from. A function's own aliases are
   * qualified by the function ({@code f::Buffer}), so a local static starts there: two functions
   * may each have their own alias of the same name.
   */
  private static String scopeOf(VariableFact variable) {
    if (!variable.enclosingFunction().isEmpty()) {
      return variable.enclosingFunction();
    }
    String base = variable.qualifiedName();
    int cut = base.lastIndexOf("::");
    return cut < 0 ? "" : base.substring(0, cut);
  }

  /**
   * A const std::string that starts empty or from a literal of at most 15 characters lives in
   * its own small buffer and, being const, never grows out of it.
   */
  private static boolean fitsSmallStringBuffer(DefaultAllocatorContainers.Container c, boolean isConst, String initializer) {
    if (!c.resolved().equals("std::string") || !isConst) {
      return false;
    }
    if (initializer == null) {
      return true;
    }
    String init = initializer.trim();
    if (init.startsWith("{") && init.endsWith("}")) {
      init = init.substring(1, init.length() - 1).trim();
    }
    if (init.startsWith("(") && init.endsWith(")")) {
      init = init.substring(1, init.length() - 1).trim();
    }
    if (init.isEmpty()) {
      return true;
    }
    if (init.length() < 2 || !init.startsWith("\"") || !init.endsWith("\"")) {
      return false;
    }
    int length = StringLiterals.length(init.substring(1, init.length() - 1));
    return length >= 0 && length <= SSO_CAPACITY;
  }
}
