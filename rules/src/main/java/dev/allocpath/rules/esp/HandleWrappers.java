package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.StorageKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Functions that pass one of their own parameters as the thread handle to a primitive
 * ({@code pthread_create}, or {@code pthread_join}/{@code pthread_detach}), directly or through
 * other such functions: wrappers of wrappers are found by iterating to a fixed point. Their
 * callers' arguments are then handles just like the primitive's.
 */
final class HandleWrappers {
  /** A wrapper: which parameter carries the handle, and the inner call that uses it. */
  record Wrapper(FunctionFact function, int parameter, List<SourceLocation> innerCalls) {}

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
        Integer at = handleArgument(call);
        FunctionFact caller = functions.get(call.enclosingFunction());
        if (at == null || caller == null || byName.containsKey(caller.name()) || at >= call.arguments().size()) {
          continue;
        }
        String storage = call.arguments().get(at).storage();
        int parameter = parameterIndex(caller, storage);
        if (parameter >= 0) {
          List<SourceLocation> inner = new ArrayList<>();
          inner.add(call.location());
          Wrapper via = byName.get(call.callee());
          if (via != null) {
            inner.addAll(via.innerCalls());
          }
          byName.put(caller.name(), new Wrapper(caller, parameter, List.copyOf(inner)));
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

  Wrapper wrapper(String name) {
    return byName.get(name);
  }

  /** Whether {@code call} sits in a wrapper and passes that wrapper's handle parameter along. */
  boolean forwardsParameter(CallFact call) {
    Integer at = handleArgument(call);
    if (at == null || at >= call.arguments().size()) {
      return false;
    }
    for (Wrapper wrapper : byName.values()) {
      if (wrapper.function().qualifiedName().equals(call.enclosingFunction())) {
        ArgumentFact arg = call.arguments().get(at);
        return parameterIndex(wrapper.function(), arg.storage()) == wrapper.parameter();
      }
    }
    return false;
  }

  Set<String> names() {
    return byName.keySet();
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
}
