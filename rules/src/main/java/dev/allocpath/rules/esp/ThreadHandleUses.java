package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.StorageKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a component does with thread handles: where they are joined or detached, which storage
 * locations alias each other, and where a handle escapes to code we cannot follow.
 */
final class ThreadHandleUses {
  /** Calls that take a handle but neither end nor leak a thread. */
  private static final Set<String> HARMLESS = Set.of(
      "pthread_equal", "pthread_setschedparam", "pthread_getschedparam", "pthread_setname_np",
      "pthread_getname_np", "pthread_kill", "pthread_cancel", "pthread_getcpuclockid",
      "printf", "fprintf", "snprintf", "sprintf", "memset", "memcpy", "memcmp", "sizeof");
  private static final Set<String> CONTAINER_INSERTS = Set.of("emplace_back", "push_back", "emplace", "insert", "push");

  final StorageAliases aliases = new StorageAliases();
  private final Map<String, SourceLocation> endedAt = new HashMap<>();
  private final Map<String, String> escapes = new HashMap<>();
  private final Set<String> selfDetaching = new HashSet<>();

  ThreadHandleUses(ComponentCode code, HandleWrappers enders, HandleWrappers creators) {
    for (AssignmentFact a : code.assignments) {
      if (a.valueStorage() != null) {
        aliases.union(a.target(), a.valueStorage());
      }
    }
    for (CallFact call : code.calls) {
      if (call.receiver() != null && (call.callee().equals("join") || call.callee().equals("detach"))) {
        endedAt.putIfAbsent(call.receiver(), call.location());
      } else if (call.receiver() != null && CONTAINER_INSERTS.contains(call.callee())) {
        for (ArgumentFact arg : call.arguments()) {
          if (arg.storage() != null && arg.text().startsWith("std::move")) {
            aliases.union(StorageKey.element(call.receiver()), arg.storage());
          }
        }
      }
      Integer ended = enders.handleArgument(call);
      if (ended != null && ended < call.arguments().size()) {
        ArgumentFact arg = call.arguments().get(ended);
        if (arg.storage() != null) {
          endedAt.putIfAbsent(arg.storage(), call.location());
        } else if (arg.text().replace(" ", "").equals("pthread_self()")) {
          selfDetaching.add(call.enclosingFunction());
        }
      } else if (creators.handleArgument(call) == null && !HARMLESS.contains(call.callee())) {
        for (ArgumentFact arg : call.arguments()) {
          if (arg.storage() != null && (arg.text().startsWith("&") || arg.text().startsWith("std::move"))) {
            escapes.putIfAbsent(arg.storage(), "its address is passed to '" + call.callee() + "' at " + call.location());
          }
        }
      }
    }
    for (ReturnFact r : code.returns) {
      escapes.putIfAbsent(r.storage(), "it is returned to the caller of '" + r.enclosingFunction() + "' at " + r.location());
    }
  }

  /** Where a handle aliasing {@code handle} is joined or detached, or null. */
  SourceLocation endedAt(String handle) {
    for (var entry : endedAt.entrySet()) {
      if (aliases.same(entry.getKey(), handle)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Why the handle cannot be followed, or null. */
  String escape(String handle) {
    for (var entry : escapes.entrySet()) {
      if (aliases.same(entry.getKey(), handle)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Whether the thread's start routine detaches itself with pthread_detach(pthread_self()). */
  boolean detachesItself(String startRoutine) {
    if (startRoutine == null) {
      return false;
    }
    String name = startRoutine.replace("&", "").replace("(", "").replace(")", "").trim();
    for (String function : selfDetaching) {
      if (function.equals(name) || function.endsWith("::" + name)) {
        return true;
      }
    }
    return false;
  }
}
