package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.StorageKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a component does with thread handles: where they are joined or detached, which storage
 * locations alias each other, which thread attributes are set to detached, and where a handle
 * escapes to code we cannot follow.
 */
final class ThreadHandleUses {
  /** Calls that take a handle but neither end nor leak a thread. */
  private static final Set<String> HARMLESS = Set.of(
      "pthread_equal", "pthread_setschedparam", "pthread_getschedparam", "pthread_setname_np",
      "pthread_getname_np", "pthread_kill", "pthread_cancel", "pthread_getcpuclockid",
      "printf", "fprintf", "snprintf", "sprintf", "memset", "memcpy", "memcmp", "sizeof");

  private static final Pattern TRAILING_NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_:]*)\\s*$");

  final StorageAliases aliases = new StorageAliases();
  // Sorted maps: when several aliases escape, the message names the same one on every run.
  private final Map<String, SourceLocation> endedAt = new TreeMap<>();
  /**
   * Joins of a stored handle, by the function they sit in: a join inside the thread's own start
   * routine is not a join (ESP-IDF's pthread_join returns EDEADLK and frees nothing).
   */
  private final Map<String, Map<String, SourceLocation>> joinedIn = new TreeMap<>();
  private final Map<String, String> escapes = new TreeMap<>();
  private final Set<String> selfDetaching = new TreeSet<>();
  private final Set<String> detachedAttributes = new TreeSet<>();

  ThreadHandleUses(ComponentCode code, HandleWrappers enders, HandleWrappers creators) {
    for (AssignmentFact a : code.assignments) {
      if (a.valueStorage() != null) {
        aliases.union(a.target(), a.valueStorage());
      }
    }
    for (CallFact call : code.calls) {
      if (call.receiver() != null && (call.callee().equals("join") || call.callee().equals("detach"))) {
        endedAt.putIfAbsent(call.receiver(), call.location());
        continue;
      }
      if (call.receiver() != null && ThreadCreations.CONTAINER_INSERTS.contains(call.callee())) {
        // push_back(std::move(t)): the container's elements are t from now on.
        for (ArgumentFact arg : call.arguments()) {
          if (arg.storage() != null && arg.text().startsWith("std::move")) {
            aliases.union(StorageKey.element(call.receiver()), arg.storage());
          }
        }
        continue;
      }
      if (call.callee().equals("pthread_attr_setdetachstate") && call.arguments().size() == 2
          && call.arguments().get(0).storage() != null && saysDetached(call.arguments().get(1).text())) {
        detachedAttributes.add(call.arguments().get(0).storage());
        continue;
      }
      Integer ended = enders.handleArgument(call);
      if (ended != null) {
        if (ended < call.arguments().size()) {
          ArgumentFact arg = call.arguments().get(ended);
          String storage = enders.handleStorage(call);
          boolean join = primitiveOf(call, enders).equals("pthread_join");
          if (storage != null && join) {
            joinedIn.computeIfAbsent(storage, k -> new TreeMap<>()).putIfAbsent(call.enclosingFunction(), call.location());
          } else if (storage != null) {
            endedAt.putIfAbsent(storage, call.location());
          } else if (!join && arg.text().replace(" ", "").equals("pthread_self()")) {
            // pthread_detach(pthread_self()) frees the thread when it ends; pthread_join of
            // itself does nothing but fail.
            selfDetaching.add(call.enclosingFunction());
          }
        }
      } else if (creators.handleArgument(call) == null && !HARMLESS.contains(call.callee())) {
        for (ArgumentFact arg : call.arguments()) {
          if (arg.storage() != null && (arg.text().startsWith("&") || arg.text().startsWith("std::move"))) {
            escapes.putIfAbsent(arg.storage(),
                "it is passed by address or moved to '" + calleeName(call) + "' at " + call.location());
          }
        }
      }
    }
    for (ReturnFact r : code.returns) {
      escapes.putIfAbsent(r.storage(), "it is returned to the caller of '" + r.enclosingFunction() + "' at " + r.location());
    }
  }

  /**
   * Where a handle aliasing {@code handle} is joined or detached, or null. Joins inside the
   * thread's own start routine do not count.
   */
  SourceLocation endedAt(String handle, String startRoutine) {
    for (var entry : endedAt.entrySet()) {
      if (aliases.same(entry.getKey(), handle)) {
        return entry.getValue();
      }
    }
    String routine = routineName(startRoutine);
    for (var entry : joinedIn.entrySet()) {
      if (aliases.same(entry.getKey(), handle)) {
        for (var join : entry.getValue().entrySet()) {
          if (routine == null || !sameFunction(join.getKey(), routine)) {
            return join.getValue();
          }
        }
      }
    }
    return null;
  }

  /** A join of {@code handle} inside its own start routine, or null. */
  SourceLocation selfJoin(String handle, String startRoutine) {
    String routine = routineName(startRoutine);
    for (var entry : joinedIn.entrySet()) {
      if (routine != null && aliases.same(entry.getKey(), handle)) {
        for (var join : entry.getValue().entrySet()) {
          if (sameFunction(join.getKey(), routine)) {
            return join.getValue();
          }
        }
      }
    }
    return null;
  }

  /** The primitive a call of an ender reaches: itself, or the bottom of a wrapper chain. */
  private static String primitiveOf(CallFact call, HandleWrappers enders) {
    HandleWrappers.Wrapper wrapper = enders.wrapper(call.callee());
    if (wrapper == null || wrapper.innerCalls().isEmpty()) {
      return call.callee();
    }
    return wrapper.innerCalls().get(wrapper.innerCalls().size() - 1).callee();
  }

  /** The start routine's name as written: the last identifier of "&Init::Main", "(start_fn)worker". */
  static String routineName(String startRoutine) {
    if (startRoutine == null) {
      return null;
    }
    Matcher last = TRAILING_NAME.matcher(startRoutine.replace(")", " ").trim());
    return last.find() ? last.group(1) : null;
  }

  static boolean sameFunction(String qualified, String name) {
    return qualified.equals(name) || qualified.endsWith("::" + name);
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
    // The routine's name is the last identifier: "&Init::Main", "(start_fn)worker", "worker".
    Matcher last = TRAILING_NAME.matcher(startRoutine.replace(")", " ").trim());
    if (!last.find()) {
      return false;
    }
    String name = last.group(1);
    for (String function : selfDetaching) {
      if (function.equals(name) || function.endsWith("::" + name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the attribute (or one aliasing it) was set to PTHREAD_CREATE_DETACHED. */
  boolean detachedAttribute(String attribute) {
    if (attribute == null) {
      return false;
    }
    for (String detached : detachedAttributes) {
      if (aliases.same(detached, attribute)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The constant's name is all we trust: its value differs between C libraries (newlib, which
   * ESP-IDF uses, has DETACHED = 0, glibc has DETACHED = 1).
   */
  private static boolean saysDetached(String state) {
    return state.contains("PTHREAD_CREATE_DETACHED");
  }

  private static String calleeName(CallFact call) {
    return call.callee().isEmpty() ? call.qualifiedCallee() : call.callee();
  }
}
