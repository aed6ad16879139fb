package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.rules.esp.HeldPrimitives;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Primitives in static storage (static data members, namespace-scope, function-local static and
 * thread-local variables): each exists once per program, not once per instance, so the budget
 * adds them to their component once. A static member declared in a class and defined in a source
 * file counts once, at its declaration.
 */
final class StaticPrimitives {
  /** One static object that holds primitives. */
  record Holder(String name, String storage, SourceLocation location, List<HeldPrimitives.Leaf> leaves) {}

  private StaticPrimitives() {}

  static List<Holder> find(ProjectFacts facts, HeldPrimitives held) {
    Map<String, Holder> byName = new LinkedHashMap<>();
    for (ClassFact owner : facts.classes()) {
      for (MemberFact member : owner.members()) {
        if (member.isStatic()) {
          String name = owner.qualifiedName() + "::" + member.name();
          add(byName, name, name, "static member", member.location(), held.ofMember(member, owner));
        }
      }
    }
    for (UnitFacts unit : facts.units()) {
      for (VariableFact variable : unit.variables()) {
        String storage = storage(variable);
        if (storage == null || variable.isExtern()) {
          continue;
        }
        String key = variable.storage() == VariableFact.Storage.STATIC_MEMBER_DEFINITION
            ? variable.qualifiedName()
            : variable.qualifiedName() + "@" + variable.location();
        add(byName, key, variable.qualifiedName(), storage, variable.location(),
            held.ofVariable(variable.type(), scopeOf(variable)));
      }
    }
    List<Holder> holders = new ArrayList<>(byName.values());
    holders.sort(Comparator.comparing(Holder::location).thenComparing(Holder::name));
    return holders;
  }

  private static void add(Map<String, Holder> into, String key, String name, String storage, SourceLocation where,
      List<HeldPrimitives.Leaf> leaves) {
    if (!leaves.isEmpty()) {
      into.putIfAbsent(key, new Holder(name, storage, where, leaves));
    }
  }

  private static String storage(VariableFact variable) {
    return switch (variable.storage()) {
      case NAMESPACE -> "namespace scope";
      case STATIC_MEMBER_DEFINITION -> "static member";
      case FUNCTION_STATIC -> "function-local static";
      case THREAD_LOCAL -> "thread-local (once per thread)";
      case LOCAL, PARAMETER -> null;
    };
  }

  /** Names in a declaration are looked up from the scope that encloses its qualified name. */
  private static String scopeOf(VariableFact variable) {
    int cut = variable.qualifiedName().lastIndexOf("::");
    return cut < 0 ? "" : variable.qualifiedName().substring(0, cut);
  }
}
