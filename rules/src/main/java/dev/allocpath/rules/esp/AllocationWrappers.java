package dev.allocpath.rules.esp;

import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.StorageKey;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Allocation wrappers: free functions that pass their size parameter(s) to an allocator, or to
 * another wrapper, and return the block ({@code return malloc(n);}, or {@code p = malloc(n); ...
 * return p;}). Wrappers of wrappers are found by iterating to a fixed point, as the thread rule
 * does for handle wrappers. Macros need no work of their own: the facts see through them.
 *
 * <p>A wrapper's callers know the size and the purpose, so findings go to their call sites; the
 * allocator call inside a wrapper that something calls is not reported itself.
 */
final class AllocationWrappers {
  /**
   * @param sizeParameters the wrapper's parameters whose product (times {@code constantFactor})
   *     is the block size
   * @param chain the call inside this wrapper, then the calls below it down to the allocator
   */
  record Wrapper(FunctionFact function, List<Integer> sizeParameters, long constantFactor, List<CallFact> chain) {
    CallFact innerCall() {
      return chain.get(0);
    }

    CallFact allocator() {
      return chain.get(chain.size() - 1);
    }
  }

  private static final int MAX_ROUNDS = 32;

  private final Map<String, Wrapper> byName = new LinkedHashMap<>();
  /** The key of each wrapper's own inner call → that wrapper. */
  private final Map<CallFact.Site, Wrapper> byInnerCall = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /**
   * @param allocatorShape the size arguments of an allocator the rule judges (a C symbol or a
   *     caps function), null for any other call
   */
  AllocationWrappers(ProjectFacts facts, Function<CallFact, AllocatorCalls.Shape> allocatorShape) {
    Map<String, FunctionFact> functions = new LinkedHashMap<>();
    for (FunctionFact f : facts.functions()) {
      if (f.ownerClass().isEmpty() && !f.parameterNames().isEmpty()) {
        functions.putIfAbsent(f.qualifiedName(), f);
      }
    }
    List<CallFact> calls = new ArrayList<>();
    Map<CallFact.Site, List<AssignmentFact>> assignments = new HashMap<>();
    Map<String, Set<String>> returned = new HashMap<>();
    Set<CallFact.Site> seen = new HashSet<>();
    for (UnitFacts unit : facts.units()) {
      for (CallFact call : unit.calls()) {
        if (functions.containsKey(call.enclosingFunction()) && seen.add(call.site())) {
          calls.add(call);
        }
      }
      for (AssignmentFact a : unit.assignments()) {
        if (a.valueCall() != null && functions.containsKey(a.enclosingFunction())) {
          assignments.computeIfAbsent(a.valueCall().site(), k -> new ArrayList<>()).add(a);
        }
      }
      for (ReturnFact r : unit.returns()) {
        returned.computeIfAbsent(r.enclosingFunction(), k -> new HashSet<>()).add(r.storage());
      }
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (CallFact call : calls) {
        FunctionFact caller = functions.get(call.enclosingFunction());
        if (call.receiver() != null || byName.containsKey(caller.name()) || allocatorShape.apply(call) == null
            && !byName.containsKey(call.callee()) || isAllocatorName(caller.name(), allocatorShape)) {
          continue;
        }
        if (!returnsBlock(caller, call, assignments, returned)) {
          continue;
        }
        Wrapper wrapper = sizeUse(caller, call, allocatorShape);
        if (wrapper != null) {
          byName.put(caller.name(), wrapper);
          byInnerCall.putIfAbsent(call.site(), wrapper);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    for (UnitFacts unit : facts.units()) {
      for (CallFact call : unit.calls()) {
        Wrapper w = wrapper(call);
        if (w != null && !byInnerCall.containsKey(call.site())) {
          markUsed(w);
        }
      }
    }
  }

  private void markUsed(Wrapper wrapper) {
    Wrapper current = wrapper;
    for (int depth = 0; current != null && depth < MAX_ROUNDS && used.add(current.function().name()); depth++) {
      current = byName.get(current.innerCall().callee());
    }
  }

  private static boolean isAllocatorName(String name, Function<CallFact, AllocatorCalls.Shape> shape) {
    CallFact named = new CallFact(name, name, null, List.of(), List.of(), null, null, "");
    return shape.apply(named) != null;
  }

  private static boolean returnsBlock(FunctionFact caller, CallFact call,
      Map<CallFact.Site, List<AssignmentFact>> assignments, Map<String, Set<String>> returned) {
    if (caller.returnedCalls().contains(call.callee())) {
      return true;
    }
    Set<String> returnedStorage = returned.getOrDefault(caller.qualifiedName(), Set.of());
    for (AssignmentFact a : assignments.getOrDefault(call.site(), List.of())) {
      if (a.enclosingFunction().equals(caller.qualifiedName()) && returnedStorage.contains(a.target())) {
        return true;
      }
    }
    return false;
  }

  /** How the call's size arguments come from the caller's parameters; null when one does not. */
  private Wrapper sizeUse(FunctionFact caller, CallFact call, Function<CallFact, AllocatorCalls.Shape> allocatorShape) {
    Wrapper below = byName.get(call.callee());
    List<Integer> sizeArguments = below != null ? below.sizeParameters() : allocatorShape.apply(call).sizeArguments();
    long factor = below != null ? below.constantFactor() : 1;
    List<Integer> parameters = new ArrayList<>();
    for (int index : sizeArguments) {
      if (index >= call.arguments().size()) {
        return null;
      }
      ArgumentFact argument = call.arguments().get(index);
      int parameter = parameterIndex(caller, argument.storage());
      if (parameter >= 0) {
        parameters.add(parameter);
      } else if (argument.value() != null) {
        factor = Math.multiplyExact(factor, argument.value());
      } else {
        return null;
      }
    }
    if (parameters.isEmpty()) {
      return null;
    }
    List<CallFact> chain = new ArrayList<>();
    chain.add(call);
    if (below != null) {
      chain.addAll(below.chain());
    }
    return new Wrapper(caller, List.copyOf(parameters), factor, List.copyOf(chain));
  }

  private static int parameterIndex(FunctionFact function, String storage) {
    if (storage == null) {
      return -1;
    }
    List<String> names = function.parameterNames();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).isEmpty() && storage.equals(StorageKey.local(function.qualifiedName(), names.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** Every wrapper found, in the order found. */
  Collection<Wrapper> all() {
    return Collections.unmodifiableCollection(byName.values());
  }

  /** The wrapper a call calls, or null. */
  Wrapper wrapper(CallFact call) {
    return call.receiver() == null ? byName.get(call.callee()) : null;
  }

  /** A call inside a wrapper that passes the wrapper's size on: its callers are the sites. */
  boolean isInnerCall(CallFact call) {
    return byInnerCall.containsKey(call.site());
  }

  /** The allocator call inside a wrapper that something calls: reported at the callers instead. */
  boolean reportedAtCallers(CallFact call) {
    Wrapper w = byInnerCall.get(call.site());
    return w != null && used.contains(w.function().name());
  }

  /** The wrapper whose own allocator call this is, when nothing calls that wrapper. */
  Wrapper uncalledWrapperOf(CallFact call) {
    Wrapper w = byInnerCall.get(call.site());
    return w != null && !used.contains(w.function().name()) ? w : null;
  }
}
