package dev.allocpath.rules.esp;

import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The code that runs before the first connection, as the seeds' start-up question means it:
 * {@code app_main}, static initializers (calls at namespace scope), the constructors of objects
 * in static storage and of singletons ({@code static T *instance = new T}), and every function
 * these reach by name ({@link CallGraph}).
 */
public final class StartupCode {
  private StartupCode() {}

  /** The start-up roots with why each is one, in a fixed order; computed once per run. */
  public static Map<String, String> roots(ProjectFacts facts) {
    return facts.derived(List.of(StartupCode.class, "roots"), StartupCode::findRoots);
  }

  private static Map<String, String> findRoots(ProjectFacts facts) {
    Map<String, Map<String, List<FunctionFact>>> constructorsByClass = constructorsByClass(facts);
    Map<String, String> roots = new LinkedHashMap<>();
    Set<String> classes = new TreeSet<>();
    facts.classes().forEach(c -> classes.add(c.qualifiedName()));
    for (FunctionFact f : facts.functions()) {
      if (f.qualifiedName().equals("app_main")) {
        roots.putIfAbsent(f.qualifiedName(), "app_main");
      }
    }
    roots.putIfAbsent("", "static initializers");
    for (UnitFacts unit : facts.units()) {
      for (VariableFact v : unit.variables()) {
        String type = staticInstanceType(v, classes);
        if (type != null) {
          for (FunctionFact constructor : constructorsByClass.getOrDefault(type, Map.of())
              .getOrDefault(PthreadConfigs.simple(type), List.of())) {
            roots.putIfAbsent(constructor.qualifiedName(), "constructor of '" + v.qualifiedName() + "' (" + storage(v) + ")");
          }
        }
      }
    }
    return java.util.Collections.unmodifiableMap(roots);
  }

  /** Every function (qualified name) run at start-up; "" stands for static initializers. Computed once per run. */
  public static Set<String> functions(ProjectFacts facts) {
    return facts.derived(List.of(StartupCode.class, "functions"), StartupCode::findFunctions);
  }

  private static Set<String> findFunctions(ProjectFacts facts) {
    CallGraph graph = CallGraph.ofProject(facts);
    return java.util.Collections.unmodifiableSet(new TreeSet<>(graph.reachable(roots(facts).keySet()).keySet()));
  }

  /** The class a static object or singleton holds, when the project defines it. */
  private static String staticInstanceType(VariableFact v, Set<String> classes) {
    if (v.isExtern() || v.storage() == VariableFact.Storage.LOCAL || v.storage() == VariableFact.Storage.PARAMETER
        || v.storage() == VariableFact.Storage.THREAD_LOCAL) {
      return null;
    }
    String spelled = TypeName.parse(v.type().spelled()).base();
    if (v.type().indirect()) {
      // A singleton: static T *instance = new T;
      String init = v.initializer() == null ? "" : v.initializer().strip();
      if (!init.startsWith("new ")) {
        return null;
      }
      spelled = TypeName.parse(init.substring(4).replaceAll("[({].*$", "").strip()).base();
    }
    return resolve(spelled, v.qualifiedName(), classes);
  }

  private static String resolve(String spelled, String scopeOf, Set<String> classes) {
    if (classes.contains(spelled)) {
      return spelled;
    }
    String scope = scopeOf.contains("::") ? scopeOf.substring(0, scopeOf.lastIndexOf("::")) : "";
    while (true) {
      String candidate = scope.isEmpty() ? spelled : scope + "::" + spelled;
      if (classes.contains(candidate)) {
        return candidate;
      }
      if (scope.isEmpty()) {
        return null;
      }
      scope = scope.contains("::") ? scope.substring(0, scope.lastIndexOf("::")) : "";
    }
  }

  /** Functions by owner class, then by name: constructors are the ones named like their class. */
  private static Map<String, Map<String, List<FunctionFact>>> constructorsByClass(ProjectFacts facts) {
    Map<String, Map<String, List<FunctionFact>>> byClass = new java.util.HashMap<>();
    for (FunctionFact f : facts.functions()) {
      byClass.computeIfAbsent(f.ownerClass(), k -> new java.util.HashMap<>())
          .computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
    }
    return byClass;
  }

  private static String storage(VariableFact v) {
    return switch (v.storage()) {
      case NAMESPACE -> "namespace scope";
      case STATIC_MEMBER_DEFINITION -> "static member";
      case FUNCTION_STATIC -> v.type().indirect() ? "singleton" : "function-local static";
      default -> "static";
    };
  }

}
