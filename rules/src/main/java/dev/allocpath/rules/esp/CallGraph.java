package dev.allocpath.rules.esp;

import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who calls whom, by name: calls name their callee without qualifiers or overload, so a call
 * reaches every definition with that simple name (a member call {@code x.start()} reaches every
 * {@code start}). That over-approximates, which is the safe side for "is this reachable", and
 * the walks are bounded. Calls at namespace scope (static initializers) have an empty
 * enclosing function.
 */
public final class CallGraph {
  /** Calls are followed at most this deep from a root. */
  public static final int MAX_DEPTH = 8;

  private final Map<String, List<FunctionFact>> byName = new LinkedHashMap<>();
  private final Map<String, List<CallFact>> callsIn = new HashMap<>();
  private final Map<String, List<CallFact>> callsOf = new HashMap<>();

  /** A call site in the function it is in: what makes two units' copies of a call the same call. */
  private record CallIn(CallFact.Site site, String function) {}

  /**
   * The whole project's graph: every function, and each call once however many units compile it
   * (header code repeats in every unit that includes it). Built once per run and shared: the
   * start-up code, the TLS hook and the bill all ask for it.
   */
  public static CallGraph ofProject(ProjectFacts facts) {
    return facts.derived(List.of(CallGraph.class, "project"), f -> {
      List<CallFact> distinct = new ArrayList<>();
      // Units share equal header facts as one object: the identity check spares their keys.
      Set<CallFact> seenObjects = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<CallIn> seen = new HashSet<>();
      for (UnitFacts unit : f.units()) {
        for (CallFact call : unit.calls()) {
          if (seenObjects.add(call) && seen.add(new CallIn(call.site(), call.enclosingFunction()))) {
            distinct.add(call);
          }
        }
      }
      return new CallGraph(f.functions(), distinct);
    });
  }

  public CallGraph(Collection<FunctionFact> functions, Collection<CallFact> calls) {
    functions.forEach(f -> byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f));
    for (CallFact call : calls) {
      callsIn.computeIfAbsent(call.enclosingFunction(), k -> new ArrayList<>()).add(call);
      callsOf.computeIfAbsent(call.callee(), k -> new ArrayList<>()).add(call);
    }
  }

  /** Calls made in a function (by qualified name; "" for namespace scope). */
  public List<CallFact> callsIn(String function) {
    return callsIn.getOrDefault(function, List.of());
  }

  /** Calls of a function, by its simple name. */
  public List<CallFact> callsOf(String simpleName) {
    return callsOf.getOrDefault(simpleName, List.of());
  }

  public List<FunctionFact> definitions(String simpleName) {
    return byName.getOrDefault(simpleName, List.of());
  }

  /**
   * The functions reachable from the roots (qualified names), each with the call that first
   * reached it (null for a root), in breadth-first order so the first path is a shortest one.
   */
  public Map<String, CallFact> reachable(Collection<String> roots) {
    Map<String, CallFact> reached = new LinkedHashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String root : roots) {
      if (!depth.containsKey(root)) {
        reached.put(root, null);
        depth.put(root, 0);
        queue.add(root);
      }
    }
    // Once a callee name has been followed, every definition of it is reached, so a later call of
    // the same name adds nothing. Skipping those keeps a walk linear: by name, a common callee
    // ("init", "start") links every function that calls it to every definition of it, and
    // following each such call cost calls x definitions, which grows with the square of the project.
    Set<String> followed = new HashSet<>();
    while (!queue.isEmpty()) {
      String function = queue.poll();
      int d = depth.get(function);
      if (d >= MAX_DEPTH) {
        continue;
      }
      for (CallFact call : callsIn(function)) {
        if (!followed.add(call.callee())) {
          continue;
        }
        for (FunctionFact callee : definitions(call.callee())) {
          if (!reached.containsKey(callee.qualifiedName())) {
            reached.put(callee.qualifiedName(), call);
            depth.put(callee.qualifiedName(), d + 1);
            queue.add(callee.qualifiedName());
          }
        }
      }
    }
    return reached;
  }
}
