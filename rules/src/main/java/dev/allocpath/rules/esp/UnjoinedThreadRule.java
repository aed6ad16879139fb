package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reports threads whose handle is never joined or detached anywhere in their component. */
@RuleInfo(
    id = "esp-unjoined-thread",
    summary = "A thread is created but its handle is never joined or detached, so its task control block is never freed.",
    severity = Severity.WARNING,
    precision = "medium",
    tags = {"memory", "internal-ram", "esp-idf", "threads"})
public final class UnjoinedThreadRule implements Rule {
  /** The task control block pthread_create allocates (heap trace, ESP-IDF 5.5.1). */
  public static final long DEFAULT_TCB_BYTES = 340;

  /** The {@code costs.} key that overrides it. */
  public static final String TCB_COST_KEY = "thread-tcb";

  @Override
  public List<String> costKeys() {
    return List.of(TCB_COST_KEY);
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    long tcb = context.settings().number("costs." + TCB_COST_KEY, DEFAULT_TCB_BYTES);
    // Header code is compiled by every component that includes it: a site is judged in each, and
    // it is fine as soon as one of them joins or detaches its handle. Null marks a fine site.
    Map<String, FindingBuilder> bySite = new TreeMap<>();
    Map<String, String> identities = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ComponentCode code : ComponentCode.byComponent(facts).values()) {
      ThreadCreations.InComponent started = ThreadCreations.of(facts, code, context.settings());
      HandleWrappers enders = new HandleWrappers(code, joiners(context));
      ThreadHandleUses uses = new ThreadHandleUses(code, enders, started.creators());
      HandleDeclarations declarations = new HandleDeclarations(code);
      Set<String> forever = neverReturning(code);
      for (ThreadCreation creation : distinctSites(started.creations())) {
        String site = creation.location() + "|" + creation.handle();
        String identity = identities.computeIfAbsent(site, k -> {
          // Two sites with the same handle in one file: number them in the order first seen.
          String base = identity(creation);
          int n = seen.merge(creation.location().path() + "\0" + base, 1, Integer::sum);
          return n == 1 ? base : base + "#" + n;
        });
        FindingBuilder finding = judge(creation, uses, declarations, tcb, identity, forever);
        if (finding == null) {
          bySite.put(site, null);
        } else if (!bySite.containsKey(site)) {
          bySite.put(site, finding);
        }
      }
    }
    bySite.values().stream().filter(Objects::nonNull).forEach(context::report);
  }

  /** One creation per site and handle, in source order. */
  private static List<ThreadCreation> distinctSites(List<ThreadCreation> creations) {
    List<ThreadCreation> sorted = new ArrayList<>(creations);
    sorted.sort(Comparator.comparing(ThreadCreation::location));
    Set<String> keys = new LinkedHashSet<>();
    List<ThreadCreation> result = new ArrayList<>();
    for (ThreadCreation c : sorted) {
      if (keys.add(c.location() + "|" + c.handle())) {
        result.add(c);
      }
    }
    return result;
  }

  private static String identity(ThreadCreation creation) {
    String where = creation.call() != null ? creation.call().enclosingFunction() : "";
    return creation.how() + "|" + where + "|" + (creation.handle() == null ? "" : creation.handle());
  }

  /**
   * pthread_create plus the configured {@code thread-creators}: functions that, like it, start a
   * thread and store its id through their first argument (the stack rule and the bill find
   * creations the same way).
   */
  static Map<String, Integer> creators(Settings settings) {
    Map<String, Integer> creators = new TreeMap<>(Map.of("pthread_create", 0));
    settings.list("thread-creators", List.of()).forEach(name -> creators.put(name, 0));
    return creators;
  }

  /** pthread_join, pthread_detach and the configured {@code thread-joiners} (handle first). */
  private static Map<String, Integer> joiners(RuleContext context) {
    Map<String, Integer> joiners = new TreeMap<>(Map.of("pthread_join", 0, "pthread_detach", 0));
    context.settings().list("thread-joiners", List.of()).forEach(name -> joiners.put(name, 0));
    return joiners;
  }

  /** Calls that end the calling thread, so a loop around them does not run forever. */
  private static final Set<String> THREAD_EXITS = Set.of("pthread_exit", "vTaskDelete");

  /**
   * Functions of the component that never return: an endless loop nothing leaves, no return,
   * and no call that ends the thread from inside.
   */
  private static Set<String> neverReturning(ComponentCode code) {
    Set<String> exiting = new HashSet<>();
    for (CallFact call : code.calls) {
      if (THREAD_EXITS.contains(call.callee())) {
        exiting.add(call.enclosingFunction());
      }
    }
    Set<String> forever = new TreeSet<>();
    for (FunctionFact f : code.functions) {
      if (f.endless() && !exiting.contains(f.qualifiedName())) {
        forever.add(f.qualifiedName());
      }
    }
    return forever;
  }

  private static String foreverRoutine(ThreadCreation creation, Set<String> forever) {
    String routine = ThreadHandleUses.routineName(creation.startRoutine());
    if (routine == null) {
      return null;
    }
    for (String f : forever) {
      if (ThreadHandleUses.sameFunction(f, routine)) {
        return f;
      }
    }
    return null;
  }

  private static FindingBuilder judge(ThreadCreation creation, ThreadHandleUses uses,
      HandleDeclarations declarations, long tcb, String identity, Set<String> forever) {
    String handle = creation.handle();
    if (handle != null && uses.endedAt(handle, creation.startRoutine()) != null) {
      return null;
    }
    if (uses.detachesItself(creation.startRoutine()) || uses.detachedAttribute(creation.attribute())) {
      return null;
    }
    String bytes = String.format(Locale.ROOT, "%,d", tcb);
    String name = HandleDeclarations.display(handle);
    String routine = foreverRoutine(creation, forever);
    if (routine != null) {
      // It never ends, so nothing is left behind when it ends: its memory is simply in use for good.
      return new FindingBuilder(creation.location(),
          "Thread created by " + creation.how() + (handle == null ? "" : " into '" + name + "'") + " runs '"
              + routine + "', which never returns (an endless loop with no break, return or pthread_exit):"
              + " its " + bytes + "-byte task control block and its stack are held for the program's lifetime."
              + " That is not a leak; if the thread can ever end, join or detach it.")
          .level(Severity.NOTE)
          .identity("forever|" + identity)
          .property("handle", name)
          .property("lifetime", "program")
          .property("startRoutine", routine)
          .step(creation.location(), "The thread starts here (" + creation.how() + ").");
    }
    SourceLocation selfJoin = handle == null ? null : uses.selfJoin(handle, creation.startRoutine());
    String undecided = creation.unfollowable() != null
        ? creation.unfollowable()
        : handle == null
        ? "its handle is not a variable, member or field that can be followed"
        : handle.startsWith("field:?:")
            ? "its handle is a field of a struct whose type is unknown"
            : uses.escape(handle);
    if (undecided != null) {
      return new FindingBuilder(creation.location(),
          "Could not decide whether the thread created here (" + creation.how() + ") is joined or detached: "
              + undecided + ". Check it by hand; if it is never joined or detached it keeps its "
              + bytes + "-byte task control block when it ends.")
          .level(Severity.NOTE)
          .identity("undecided|" + identity)
          .property("handle", name)
          .step(creation.location(), "The thread starts here (" + creation.how() + ").");
    }
    String message = "Thread created by " + creation.how() + " into '" + name
        + "' is never joined or detached: when it ends, its " + bytes
        + "-byte task control block stays allocated in internal RAM, and so does its stack unless"
        + " pthread's configuration puts stacks in PSRAM."
        + (creation.stdThread() ? " Destroying a std::thread that is still joinable also calls std::terminate." : "");
    FindingBuilder finding = new FindingBuilder(creation.location(), message)
        .identity(identity)
        .property("handle", name)
        .property("estimatedInternalRamBytes", tcb);
    finding.step(creation.location(), "The thread starts here (" + creation.how() + ").");
    if (selfJoin != null) {
      finding.related(selfJoin, "A join of '" + name + "' inside the thread's own start routine: a thread cannot"
          + " join itself (ESP-IDF's pthread_join returns EDEADLK and frees nothing).");
    }
    SourceLocation stored = declarations.of(handle);
    if (stored != null) {
      if (!stored.equals(creation.location())) {
        finding.step(stored, "Its handle is kept in '" + name + "', which nothing joins or detaches.");
      }
      finding.related(stored, "'" + name + "' is declared here.", "'" + name + "'");
    }
    for (CallFact inner : creation.innerCalls()) {
      finding.step(inner.location(), "'" + inner.enclosingFunction() + "' passes the handle on to '"
          + inner.callee() + "'.");
    }
    return finding;
  }
}
