package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects each class's member functions create on the heap: {@code make_shared<T>},
 * {@code make_unique<T>}, {@code allocate_shared<T>} and {@code new T}, grouped by the class
 * that owns the function. Header code compiled by several units counts once.
 */
final class CreationSites {
  /** One creation: in which function, what expression, which type as written. */
  record Site(CallFact call, String function, String expression, String spelledType) {}

  private static final Set<String> FACTORIES =
      Set.of("make_shared", "make_unique", "allocate_shared", "make_unique_for_overwrite",
          "make_shared_for_overwrite");
  /** How the parser names {@code new T} (its one template argument is the allocated type). */
  static final String NEW_EXPRESSION = "operator new";

  private final Map<String, List<Site>> byOwner = new HashMap<>();

  CreationSites(ProjectFacts facts) {
    Map<String, String> ownerOfFunction = new HashMap<>();
    for (FunctionFact function : facts.functions()) {
      if (!function.ownerClass().isEmpty()) {
        ownerOfFunction.putIfAbsent(function.qualifiedName(), function.ownerClass());
      }
    }
    Set<String> classNames = new HashSet<>();
    facts.classes().forEach(c -> classNames.add(c.qualifiedName()));
    Set<String> seen = new HashSet<>();
    for (UnitFacts unit : facts.units()) {
      for (CallFact call : unit.calls()) {
        String type = createdType(call);
        if (type == null) {
          continue;
        }
        String owner = owner(call.enclosingFunction(), ownerOfFunction, classNames);
        if (owner == null) {
          continue;
        }
        String key = call.location() + "|" + call.callee() + "|" + type;
        if (seen.add(key)) {
          byOwner.computeIfAbsent(owner, k -> new ArrayList<>())
              .add(new Site(call, functionName(call.enclosingFunction()), expression(call, type), type));
        }
      }
    }
    byOwner.values().forEach(sites -> sites.sort(Comparator.comparing((Site s) -> s.call().location())));
  }

  /** Creations in the member functions of the class named {@code qualifiedName}, by location. */
  List<Site> of(ClassFact type) {
    return byOwner.getOrDefault(type.qualifiedName(), List.of());
  }

  private static String createdType(CallFact call) {
    boolean creates = FACTORIES.contains(call.callee()) || call.callee().equals(NEW_EXPRESSION);
    if (!creates || call.templateArguments().isEmpty()) {
      return null;
    }
    String type = call.templateArguments().get(0).trim();
    return type.isEmpty() ? null : type;
  }

  /** The class a function belongs to: from its definition, else from its qualified name. */
  private static String owner(String function, Map<String, String> ownerOfFunction, Set<String> classNames) {
    if (function == null || function.isEmpty()) {
      return null;
    }
    String known = ownerOfFunction.get(function);
    if (known != null) {
      return known;
    }
    int cut = function.lastIndexOf("::");
    String scope = cut < 0 ? "" : function.substring(0, cut);
    return classNames.contains(scope) ? scope : null;
  }

  private static String functionName(String qualified) {
    int cut = qualified.lastIndexOf("::");
    return (cut < 0 ? qualified : qualified.substring(cut + 2)) + "()";
  }

  private static String expression(CallFact call, String type) {
    return call.callee().equals(NEW_EXPRESSION) ? "new " + type : call.callee() + "<" + type + ">";
  }
}
