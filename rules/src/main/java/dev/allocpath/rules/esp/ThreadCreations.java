package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.StorageKey;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where threads start in a component: {@code pthread_create} (also through macros, which
 * the facts already expanded), calls of wrappers that forward a handle parameter to it, and
 * {@code std::thread} constructions into variables, members and container elements.
 */
final class ThreadCreations {
  static final Set<String> CONTAINER_INSERTS = Set.of("emplace_back", "push_back", "emplace", "insert", "push");
  private static final int START_ROUTINE = 2;
  private static final int ATTRIBUTE = 1;

  private ThreadCreations() {}

  /** A component's thread creators (wrappers included) and the threads its code starts. */
  record InComponent(HandleWrappers creators, List<ThreadCreation> creations) {}

  /**
   * The creators and creations of one component, with pthread_create and the configured
   * {@code thread-creators}. Computed once per run: the stack rule (and through it the bill) and
   * the thread rule ask for the same.
   */
  static InComponent of(ProjectFacts facts, ComponentCode code, Settings settings) {
    return facts.derived(List.of(InComponent.class, settings, code.component), f -> {
      HandleWrappers creators = new HandleWrappers(code, UnjoinedThreadRule.creators(settings));
      return new InComponent(creators, List.copyOf(find(code, creators, declaredTypes(code))));
    });
  }

  static List<ThreadCreation> find(ComponentCode code, HandleWrappers creators, Map<String, String> declaredTypes) {
    List<ThreadCreation> found = new ArrayList<>();
    for (CallFact call : code.calls) {
      if (creators.handleArgument(call) != null && !creators.forwardsParameter(call)) {
        found.add(pthreadCreation(call, creators));
      } else if (call.receiver() != null && CONTAINER_INSERTS.contains(call.callee())
          && isThreadContainer(declaredTypes.get(call.receiver())) && createsThread(call, declaredTypes)) {
        found.add(ThreadCreation.stdThread(call, call.location(), StorageKey.element(call.receiver())));
      }
    }
    found.addAll(uncalledWrappers(code, creators));
    for (AssignmentFact assignment : code.assignments) {
      CallFact value = assignment.valueCall();
      if (value != null && constructsThread(value) && startsThread(value.arguments(), declaredTypes)) {
        found.add(ThreadCreation.stdThread(value, assignment.location(), assignment.target()));
      } else if (value == null && assignment.kind() == AssignmentFact.Kind.MEMBER_INIT
          && assignment.valueStorage() == null && isThread(declaredTypes.get(assignment.target()))
          && !assignment.valueText().replaceAll("[(){}\\s]", "").isEmpty()) {
        // A member initializer whose class the unit could not see: mThread(f) with mThread a std::thread.
        found.add(ThreadCreation.stdThread(null, assignment.location(), assignment.target()));
      }
    }
    return found;
  }

  /**
   * A wrapper nothing in the component calls gets its handle from code we cannot see (another
   * component, the application): the call inside it that passes the handle on is listed as
   * undecided instead of being dropped.
   */
  private static List<ThreadCreation> uncalledWrappers(ComponentCode code, HandleWrappers creators) {
    Set<String> called = new HashSet<>();
    for (CallFact call : code.calls) {
      if (call.receiver() == null) {
        called.add(call.callee());
      }
    }
    List<ThreadCreation> found = new ArrayList<>();
    for (HandleWrappers.Wrapper wrapper : creators.all()) {
      if (!called.contains(wrapper.function().name())) {
        CallFact inner = wrapper.innerCall();
        String parameter = wrapper.function().parameterNames().get(wrapper.parameter());
        ThreadCreation site = pthreadCreation(inner, creators);
        found.add(new ThreadCreation(inner, inner.location(), null, site.how(), site.startRoutine(),
            site.attribute(), site.innerCalls(), false,
            "its handle is the parameter '" + parameter + "' of '" + wrapper.function().qualifiedName()
                + "', which no code in this component calls"));
      }
    }
    return found;
  }

  private static ThreadCreation pthreadCreation(CallFact call, HandleWrappers creators) {
    String handle = creators.handleStorage(call);
    HandleWrappers.Wrapper wrapper = creators.wrapper(call.callee());
    ArgumentFact start = creators.argumentReaching(call, START_ROUTINE);
    ArgumentFact attribute = creators.argumentReaching(call, ATTRIBUTE);
    return new ThreadCreation(call, call.location(), handle,
        wrapper == null ? call.callee() : "wrapper '" + call.callee() + "'",
        start == null ? null : start.text(),
        attribute == null ? null : attribute.storage(),
        wrapper == null ? List.of() : wrapper.innerCalls(), false, null);
  }

  /** Declared types of the component's storage keys: variables and members, for std::thread checks. */
  static Map<String, String> declaredTypes(ComponentCode code) {
    Map<String, String> types = new HashMap<>();
    for (VariableFact v : code.variables) {
      String spelled = v.type().indirect() ? "*" : v.type().spelled();
      types.putIfAbsent(v.storageKey(), spelled);
      if (!v.type().arrayDimensions().isEmpty()) {
        types.putIfAbsent(StorageKey.element(v.storageKey()), spelled);
      }
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

  /**
   * {@code std::thread(args)} or a declaration constructing one, and the owning-pointer forms
   * {@code new std::thread(args)}, {@code std::make_unique<std::thread>(args)} (the pointer then
   * is the handle: {@code p->join()} names it as the receiver).
   */
  private static boolean constructsThread(CallFact call) {
    if (call.callee().equals("thread")) {
      return call.qualifiedCallee().replace(" ", "").endsWith("std::thread");
    }
    boolean allocates = call.callee().equals("operator new")
        || call.callee().equals("make_unique") || call.callee().equals("make_shared");
    return allocates && call.templateArguments().size() == 1 && isThread(call.templateArguments().get(0));
  }

  /**
   * Whether constructor arguments start a thread: any arguments except a single other
   * std::thread, which is a move ({@code std::thread t(std::move(u))}) and so only an alias.
   */
  private static boolean startsThread(List<ArgumentFact> arguments, Map<String, String> declaredTypes) {
    if (arguments.isEmpty()) {
      return false; // default-constructed: no thread runs in it
    }
    return arguments.size() > 1 || !isThreadObject(arguments.get(0), declaredTypes);
  }

  /** emplace_back(f, args) starts a thread; push_back(std::move(t)) only moves one (an alias). */
  private static boolean createsThread(CallFact call, Map<String, String> declaredTypes) {
    if (call.arguments().isEmpty()) {
      return false;
    }
    if (call.callee().startsWith("emplace")) {
      return startsThread(call.arguments(), declaredTypes);
    }
    return call.arguments().get(0).text().replace(" ", "").startsWith("std::thread(");
  }

  /** An argument that is an existing std::thread object, moved or named. */
  static boolean isThreadObject(ArgumentFact argument, Map<String, String> declaredTypes) {
    if (argument.storage() == null) {
      return false;
    }
    return argument.text().startsWith("std::move") || isThread(declaredTypes.get(argument.storage()));
  }
}
