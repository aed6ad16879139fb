package dev.allocpath.rules.esp;

import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.StorageKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions that pass one of their own parameters as the thread handle to a primitive
 * ({@code pthread_create}, or {@code pthread_join}/{@code pthread_detach}), directly or through
 * other such functions: wrappers of wrappers are found by iterating to a fixed point. Their
 * callers' arguments are then handles just like the primitive's.
 *
 * <p>A wrapper may also pass the elements of an array parameter ({@code pthread_join(tids[i])}
 * in {@code stop_all(pthread_t *tids, int n)}): its callers' arguments then stand for the
 * elements of what they pass ({@code stop_all(g_pool, 4)} joins {@code g_pool[]}).
 */
final class HandleWrappers {
  /**
   * A wrapper: which parameter carries the handle, whether the handles are that parameter's
   * elements, the call inside it that passes the handle on ({@code innerCall}), and that call
   * followed by the calls below it down to the primitive ({@code innerCalls}).
   */
  record Wrapper(FunctionFact function, int parameter, boolean elements, CallFact innerCall, List<CallFact> innerCalls) {}

  /** Where a storage key sits among a function's parameters. */
  private record ParameterUse(int index, boolean elements) {}

  /** Wrappers of wrappers are followed this deep at most; real code stays far below. */
  private static final int MAX_DEPTH = 32;

  private final Map<String, Wrapper> byName = new LinkedHashMap<>();
  private final Map<String, Integer> primitives;

  /** {@code primitives}: function name → index of its handle argument. */
  HandleWrappers(ComponentCode code, Map<String, Integer> primitives) {
    this.primitives = primitives;
    Map<String, FunctionFact> functions = new LinkedHashMap<>();
    code.functions.forEach(f -> functions.putIfAbsent(f.qualifiedName(), f));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (CallFact call : code.calls) {
        FunctionFact caller = functions.get(call.enclosingFunction());
        if (caller == null || byName.containsKey(caller.name())) {
          continue;
        }
        ParameterUse use = parameterUse(caller, handleStorage(call));
        if (use != null) {
          List<CallFact> inner = new ArrayList<>();
          inner.add(call);
          Wrapper via = byName.get(call.callee());
          if (via != null) {
            inner.addAll(via.innerCalls());
          }
          byName.put(caller.name(), new Wrapper(caller, use.index(), use.elements(), call, List.copyOf(inner)));
          changed = true;
        }
      }
    }
  }

  /** The handle argument's index when {@code call} is a primitive or a wrapper, else null. */
  Integer handleArgument(CallFact call) {
    if (call.receiver() != null) {
      return null;
    }
    Integer primitive = primitives.get(call.callee());
    if (primitive != null) {
      return primitive;
    }
    Wrapper wrapper = byName.get(call.callee());
    return wrapper == null ? null : wrapper.parameter();
  }

  /**
   * The storage key of the handle that {@code call} hands to the primitive, or null when the
   * call is neither a primitive nor a wrapper, or its handle is not a storage location.
   */
  String handleStorage(CallFact call) {
    Integer at = handleArgument(call);
    if (at == null || at >= call.arguments().size()) {
      return null;
    }
    String storage = call.arguments().get(at).storage();
    Wrapper wrapper = primitives.containsKey(call.callee()) ? null : byName.get(call.callee());
    return storage != null && wrapper != null && wrapper.elements() ? StorageKey.element(storage) : storage;
  }

  Wrapper wrapper(String name) {
    return primitives.containsKey(name) ? null : byName.get(name);
  }

  /** Whether {@code call} sits in a wrapper and passes that wrapper's handle parameter along. */
  boolean forwardsParameter(CallFact call) {
    String storage = handleStorage(call);
    for (Wrapper wrapper : byName.values()) {
      if (wrapper.function().qualifiedName().equals(call.enclosingFunction())) {
        ParameterUse use = parameterUse(wrapper.function(), storage);
        return use != null && use.index() == wrapper.parameter();
      }
    }
    return false;
  }

  /** Every wrapper, in the order found (deterministic: the order of the component's calls). */
  Collection<Wrapper> all() {
    return byName.values();
  }

  /**
   * The argument that reaches the primitive at {@code primitiveIndex} when {@code call} runs:
   * for a primitive its own argument; for a wrapper the argument of the primitive call at the
   * bottom of the chain, mapped back to {@code call}'s argument when the wrappers only pass one
   * of their parameters along. Null when the call has no such argument.
   */
  ArgumentFact argumentReaching(CallFact call, int primitiveIndex) {
    List<CallFact> chain = new ArrayList<>();
    chain.add(call);
    CallFact current = call;
    while (chain.size() <= MAX_DEPTH) {
      Wrapper wrapper = wrapper(current.callee());
      if (wrapper == null) {
        break;
      }
      current = wrapper.innerCall();
      chain.add(current);
    }
    if (!primitives.containsKey(current.callee()) || primitiveIndex >= current.arguments().size()) {
      return null;
    }
    ArgumentFact argument = current.arguments().get(primitiveIndex);
    for (int i = chain.size() - 1; i > 0; i--) {
      Wrapper outer = byName.get(chain.get(i - 1).callee());
      ParameterUse use = parameterUse(outer.function(), argument.storage());
      if (use == null || use.elements()) {
        return argument; // fixed inside the wrapper (a start routine, a local attribute)
      }
      List<ArgumentFact> outerArguments = chain.get(i - 1).arguments();
      if (use.index() >= outerArguments.size()) {
        return null;
      }
      argument = outerArguments.get(use.index());
    }
    return argument;
  }

  /** Which parameter {@code storage} is, itself or its elements; null if none. */
  private static ParameterUse parameterUse(FunctionFact function, String storage) {
    if (storage == null) {
      return null;
    }
    List<String> names = function.parameterNames();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isEmpty()) {
        continue;
      }
      String parameter = StorageKey.local(function.qualifiedName(), names.get(i));
      if (storage.equals(parameter)) {
        return new ParameterUse(i, false);
      }
      if (storage.equals(StorageKey.element(parameter))) {
        return new ParameterUse(i, true);
      }
    }
    return null;
  }
}
