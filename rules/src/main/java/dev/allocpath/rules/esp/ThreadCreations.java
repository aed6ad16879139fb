package dev.allocpath.rules.esp;

import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.StorageKey;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where threads start in a component: {@code pthread_create} (also through macros, which
 * the facts already expanded), calls of wrappers that forward a handle parameter to it, and
 * {@code std::thread} constructions into variables, members and container elements.
 */
final class ThreadCreations {
  private static final Set<String> CONTAINER_INSERTS = Set.of("emplace_back", "push_back", "emplace", "insert", "push");

  private ThreadCreations() {}

  static List<ThreadCreation> find(ComponentCode code, HandleWrappers creators, Map<String, String> declaredTypes) {
    List<ThreadCreation> found = new ArrayList<>();
    for (CallFact call : code.calls) {
      Integer at = creators.handleArgument(call);
      if (at != null && !creators.forwardsParameter(call)) {
        String handle = at < call.arguments().size() ? call.arguments().get(at).storage() : null;
        HandleWrappers.Wrapper wrapper = creators.wrapper(call.callee());
        String how = wrapper == null ? "pthread_create" : "wrapper '" + call.callee() + "'";
        String start = wrapper == null && call.arguments().size() > 2 ? call.arguments().get(2).text() : null;
        found.add(new ThreadCreation(call, call.location(), handle, how, start,
            wrapper == null ? List.of() : wrapper.innerCalls(), false));
      } else if (call.receiver() != null && CONTAINER_INSERTS.contains(call.callee())
          && isThreadContainer(declaredTypes.get(call.receiver())) && createsThread(call)) {
        found.add(new ThreadCreation(call, call.location(), StorageKey.element(call.receiver()),
            "std::thread", null, List.of(), true));
      }
    }
    for (AssignmentFact assignment : code.assignments) {
      CallFact value = assignment.valueCall();
      if (value != null && isThreadConstruction(value) && !value.arguments().isEmpty()
          && assignment.valueStorage() == null) {
        found.add(new ThreadCreation(value, assignment.location(), assignment.target(), "std::thread",
            null, List.of(), true));
      } else if (value == null && assignment.kind() != AssignmentFact.Kind.RANGE_FOR
          && assignment.valueStorage() == null && isThread(declaredTypes.get(assignment.target()))
          && assignment.kind() == AssignmentFact.Kind.MEMBER_INIT && !assignment.valueText().isBlank()) {
        found.add(new ThreadCreation(null, assignment.location(), assignment.target(), "std::thread",
            null, List.of(), true));
      }
    }
    return found;
  }

  /** Declared types of the component's storage keys: variables and members, for std::thread checks. */
  static Map<String, String> declaredTypes(ComponentCode code) {
    Map<String, String> types = new HashMap<>();
    for (VariableFact v : code.variables) {
      types.putIfAbsent(v.storageKey(), v.type().indirect() ? "*" : v.type().spelled());
    }
    for (ClassFact c : code.classes) {
      for (MemberFact m : c.members()) {
        String key = m.isStatic()
            ? StorageKey.global(c.qualifiedName() + "::" + m.name())
            : StorageKey.field(c.qualifiedName(), m.name());
        types.putIfAbsent(key, m.type().indirect() ? "*" : m.type().spelled());
        if (!m.type().arrayDimensions().isEmpty()) {
          types.putIfAbsent(StorageKey.element(key), m.type().spelled());
        }
      }
    }
    return types;
  }

  static boolean isThread(String spelled) {
    return spelled != null && TypeName.parse(spelled).base().equals("std::thread");
  }

  private static boolean isThreadContainer(String spelled) {
    if (spelled == null) {
      return false;
    }
    TypeName name = TypeName.parse(spelled);
    return name.base().startsWith("std::") && !name.arguments().isEmpty() && isThread(name.arguments().get(0));
  }

  private static boolean isThreadConstruction(CallFact call) {
    return call.callee().equals("thread") && call.qualifiedCallee().replace(" ", "").endsWith("std::thread");
  }

  /** emplace_back(f, args) starts a thread; push_back(std::move(t)) only moves one (an alias). */
  private static boolean createsThread(CallFact call) {
    if (call.arguments().isEmpty()) {
      return false;
    }
    if (call.callee().startsWith("emplace")) {
      return call.arguments().size() > 1 || call.arguments().get(0).storage() == null
          || !call.arguments().get(0).text().startsWith("std::move");
    }
    return call.arguments().get(0).text().replace(" ", "").startsWith("std::thread(");
  }
}
