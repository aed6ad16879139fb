package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reports threads whose handle is never joined or detached anywhere in their component. */
@RuleInfo(
    id = "esp-unjoined-thread",
    summary = "A thread is created but its handle is never joined or detached, so its task control block is never freed.",
    severity = Severity.WARNING,
    precision = "medium",
    tags = {"memory", "internal-ram", "esp-idf", "threads"})
public final class UnjoinedThreadRule implements Rule {
  private static final long DEFAULT_TCB_BYTES = 340;

  @Override
  public List<String> costKeys() {
    return List.of("thread-tcb");
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    long tcb = context.settings().number("costs.thread-tcb", DEFAULT_TCB_BYTES);
    Map<String, List<UnitFacts>> byComponent = new TreeMap<>();
    facts.units().forEach(u -> byComponent.computeIfAbsent(u.component(), k -> new ArrayList<>()).add(u));
    Map<String, FindingBuilder> findings = new TreeMap<>();
    for (var entry : byComponent.entrySet()) {
      ComponentCode code = new ComponentCode(entry.getKey(), entry.getValue());
      HandleWrappers creators = new HandleWrappers(code, Map.of("pthread_create", 0));
      HandleWrappers enders = new HandleWrappers(code, Map.of("pthread_join", 0, "pthread_detach", 0));
      ThreadHandleUses uses = new ThreadHandleUses(code, enders, creators);
      HandleDeclarations declarations = new HandleDeclarations(code);
      for (ThreadCreation creation : ThreadCreations.find(code, creators, ThreadCreations.declaredTypes(code))) {
        FindingBuilder finding = judge(creation, uses, declarations, tcb);
        if (finding != null) {
          findings.putIfAbsent(creation.location() + "|" + creation.handle(), finding);
        }
      }
    }
    findings.values().forEach(context::report);
  }

  private static FindingBuilder judge(
      ThreadCreation creation, ThreadHandleUses uses, HandleDeclarations declarations, long tcb) {
    String handle = creation.handle();
    if (handle != null && uses.endedAt(handle) != null) {
      return null;
    }
    if (uses.detachesItself(creation.startRoutine())) {
      return null;
    }
    String undecided = handle == null
        ? "its handle is not a variable, member or field that can be followed"
        : handle.startsWith("field:?:")
            ? "its handle is a field of a struct whose type is unknown"
            : uses.escape(handle);
    String name = HandleDeclarations.display(handle);
    if (undecided != null) {
      return new FindingBuilder(creation.location(),
          "Could not decide whether the thread created here (" + creation.how() + ") is joined or detached: "
              + undecided + ". Check it by hand; if it is never joined or detached it leaks its "
              + tcb + "-byte task control block.")
          .level(Severity.NOTE)
          .identity("undecided|" + creation.how() + "|" + name)
          .property("handle", name);
    }
    String message = "Thread created by " + creation.how() + " into '" + name
        + "' is never joined or detached: when it ends, its " + String.format(Locale.ROOT, "%,d", tcb)
        + "-byte task control block stays allocated in internal RAM, and so does its stack unless"
        + " pthread's configuration puts stacks in PSRAM."
        + (creation.stdThread() ? " Destroying a std::thread that is still joinable also calls std::terminate." : "");
    FindingBuilder finding = new FindingBuilder(creation.location(), message)
        .identity(creation.how() + "|" + name)
        .property("handle", name)
        .property("estimatedInternalRamBytes", tcb);
    finding.step(creation.location(), "The thread starts here (" + creation.how() + ").");
    SourceLocation stored = declarations.of(handle);
    if (stored != null) {
      finding.step(stored, "Its handle is kept in '" + name + "', which nothing joins or detaches.");
    }
    for (SourceLocation inner : creation.innerCalls()) {
      finding.step(inner, "The wrapper passes the handle on to create the thread.");
    }
    return finding;
  }
}
