package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.ReportContext;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.rules.esp.CallGraph;
import dev.allocpath.rules.esp.InternalBlocks;
import dev.allocpath.rules.esp.MemoryKind;
import dev.allocpath.rules.esp.PrimitiveTally;
import dev.allocpath.rules.esp.StartupCode;
import dev.allocpath.rules.esp.TaskStack;
import dev.allocpath.rules.esp.TaskStacks;
import dev.allocpath.rules.esp.TlsContext;
import dev.allocpath.rules.esp.TlsContexts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Bill}: the start-up part (static-storage primitives, static containers on
 * the default heap, and the stacks, control blocks and TLS contexts created by start-up code,
 * see {@link StartupCode}) and one part per root class (its ownership tree's primitives plus the
 * stacks, control blocks and TLS contexts of the code its member functions and its owned
 * objects' member functions reach by name, see {@link CallGraph}).
 */
final class Bills {
  /** The settings list that names the root classes ({@code --per}). */
  static final String PER_KEY = "budget-per";
  /** Roots shown when none are configured. */
  static final int DEFAULT_ROOTS = 3;
  /** Classes whose calls are followed to find the largest ones. */
  static final int MAX_CANDIDATES = 12;

  private final ProjectFacts facts;
  private final Settings settings;
  private final CostTable costs;
  private final List<TaskStack> stacks;
  private final List<TlsContext> tls;
  private final List<InternalBlocks.Block> blocks;
  private final CallGraph graph;
  /** Classes by qualified name and by each name after a "::" in it, the first by location. */
  private final Map<String, ClassFact> byQualifiedName = new HashMap<>();
  private final Map<String, ClassFact> bySuffix = new HashMap<>();

  private Bills(ProjectFacts facts, Settings settings, CostTable costs) {
    this.facts = facts;
    this.settings = settings;
    this.costs = costs;
    this.stacks = TaskStacks.find(facts, settings);
    this.tls = TlsContexts.find(facts, costs.tlsRecordOverhead());
    this.blocks = InternalBlocks.find(facts);
    this.graph = CallGraph.ofProject(facts);
    for (ClassFact c : facts.classes()) {
      String qualified = c.qualifiedName();
      byQualifiedName.putIfAbsent(qualified, c);
      for (int at = qualified.indexOf("::"); at >= 0; at = qualified.indexOf("::", at + 1)) {
        bySuffix.putIfAbsent(qualified.substring(at + 2), c);
      }
    }
  }

  /** The project's stacks, TLS contexts, internal blocks and call graph, gathered once per run. */
  static Bills of(ProjectFacts facts, Settings settings, CostTable costs) {
    return facts.derived(List.of(Bills.class, settings), f -> new Bills(f, settings, costs));
  }

  static Bill compute(ProjectFacts facts, BudgetModel model, List<ClassBudget> classes,
      List<StaticPrimitives.Holder> statics, ReportContext context, CostTable costs) {
    Bills bills = of(facts, context.settings(), costs);
    BillPart startup = bills.startup(statics, context.findings(), model.components());
    List<String> wanted = context.settings().list(PER_KEY, List.of());
    List<BillPart> instances = new ArrayList<>();
    if (!wanted.isEmpty()) {
      for (String name : wanted) {
        ClassFact type = bills.find(name);
        if (type == null) {
          context.notify(new Notification(Severity.WARNING, "budget-per",
              "--per / " + PER_KEY + ": no class named '" + name + "' in the analysed code", null));
        } else {
          instances.add(bills.instance(type, model));
        }
      }
      return new Bill(startup, instances, "configured");
    }
    return new Bill(startup, bills.largest(classes, model), "largest");
  }

  private BillPart startup(List<StaticPrimitives.Holder> statics, List<Finding> findings, ComponentOf componentOf) {
    List<BillLine> lines = new ArrayList<>();
    for (StaticPrimitives.Holder holder : statics) {
      PrimitiveTally tally = PrimitiveTally.of(holder.leaves(), settings);
      lines.add(new BillLine("primitives", tally.describe() + " in '" + holder.name() + "' (" + holder.storage() + ")",
          null, holder.location(), componentOf.of(holder.location().path()), tally.bytes(), MemoryKind.INTERNAL.words(),
          tally.estimated() ? "estimate" : "measured"));
    }
    for (Finding finding : findings) {
      if (finding.ruleId().equals(RuleIds.DEFAULT_HEAP_STATIC)) {
        lines.add(new BillLine("static-heap", "'" + finding.identity() + "' on the default operator new",
            "'" + finding.identity() + "' (" + finding.properties().get("storage")
            + ") allocates its elements through the default operator new, which serves internal RAM", finding.location(),
            componentOf.of(finding.location().path()), null, MemoryKind.INTERNAL.words(), "not sized (grows with use)"));
      }
    }
    Set<String> startupFunctions = StartupCode.functions(facts);
    created(startupFunctions, lines);
    return new BillPart("At start-up", null, "static-storage objects, static containers on the default heap, and the"
        + " tasks, threads and TLS contexts created by app_main, static initializers and the constructors of static"
        + " objects and singletons (and the functions they call)", lines);
  }

  private BillPart instance(ClassFact type, BudgetModel model) {
    OwnedNode tree = model.trees().of(type);
    List<BillLine> lines = new ArrayList<>();
    Set<String> classes = new LinkedHashSet<>();
    addNode(tree, "", lines, classes, model.components());
    List<String> roots = new ArrayList<>();
    for (FunctionFact f : facts.functions()) {
      if (classes.contains(f.ownerClass())) {
        roots.add(f.qualifiedName());
      }
    }
    created(graph.reachable(roots).keySet(), lines);
    return new BillPart("Per instance of " + type.qualifiedName(), type.qualifiedName(),
        "what one object of the class holds by value and through the objects it owns, plus the tasks, threads and"
            + " TLS contexts that its and its owned objects' member functions create (directly or through the functions"
            + " they call)", lines);
  }

  private void addNode(OwnedNode node, String path, List<BillLine> lines, Set<String> classes, ComponentOf componentOf) {
    if (!node.counted) {
      return;
    }
    classes.add(node.type.qualifiedName());
    PrimitiveTally tally = PrimitiveTally.of(node.byValue, settings);
    if (tally.total() > 0) {
      String holder = path.isEmpty() ? "'" + node.type.qualifiedName() + "' itself"
          : "'" + path + "' (" + node.type.qualifiedName() + ")";
      var location = node.edge == null ? node.type.location() : node.edge.location();
      lines.add(new BillLine("primitives", tally.describe() + " in " + holder,
          node.edge == null ? "held by value in the object itself"
              : "held by value in an object owned through '" + path + "' (" + node.edge.how() + ")", location,
          componentOf.of(location.path()), tally.bytes(), MemoryKind.INTERNAL.words(),
          tally.estimated() ? "estimate" : "measured"));
    }
    for (OwnedNode child : node.children) {
      addNode(child, path.isEmpty() ? child.edge.via() : path + " → " + child.edge.via(), lines, classes, componentOf);
    }
  }

  /** The stacks, control blocks, TLS buffers and intentional internal blocks created in the given functions. */
  private void created(Collection<String> functions, List<BillLine> lines) {
    Set<String> in = functions instanceof Set<String> set ? set : new HashSet<>(functions);
    for (TaskStack stack : stacks) {
      if (!in.contains(stack.enclosingFunction())) {
        continue;
      }
      String of = stack.noun() + " (" + stack.how() + ") in '" + stack.enclosingFunction() + "'";
      lines.add(new BillLine("stack", (stack.staticStack() ? "static stack of " : "stack of ") + of,
          "size from " + stack.stackFrom() + "; memory: " + stack.decidedBy(), stack.location(), stack.component(),
          stack.stackBytes(), stack.stackMemory().words(),
          stack.stackBytes() == null ? "unknown size" : stack.stackBasis().words()));
      lines.add(new BillLine("tcb", "TCB of " + of + (stack.staticTcb() ? " (static StaticTask_t)" : ""),
          "the FreeRTOS task control block, always internal RAM", stack.location(), stack.component(), costs.threadTcb(), MemoryKind.INTERNAL.words(),
          costs.threadTcb() == CostTable.THREAD_TCB_DEFAULT ? "measured" : "configured"));
    }
    for (TlsContext context : tls) {
      if (!in.contains(context.enclosingFunction())) {
        continue;
      }
      lines.add(new BillLine("tls", "SSL record buffers (" + context.how() + ") in '" + context.enclosingFunction() + "'"
          + (context.dynamicBuffer() ? " (peak)" : ""),
          "sized by " + context.sizeFrom() + (context.dynamicBuffer()
              ? "; CONFIG_MBEDTLS_DYNAMIC_BUFFER: allocated per record, so this is the peak while a record is in flight"
              : "") + "; memory: " + context.decidedBy(), context.location(), context.component(), context.bytes(),
          context.memory().words(), (context.fromConfiguration() ? "from the configuration" : "ESP-IDF default")
              + " + estimated overhead"));
    }
    for (InternalBlocks.Block block : blocks) {
      if (in.contains(block.enclosingFunction())) {
        lines.add(new BillLine("internal-block", "internal block (" + block.how() + ") in '" + block.enclosingFunction() + "'",
            "asked for in internal RAM on purpose (caps '" + block.caps() + "'); size '" + block.sizeText() + "'",
            block.location(), block.component(), block.bytes(), MemoryKind.INTERNAL.words(),
            block.bytes() == null ? "unknown size" : block.basis().words()));
      }
    }
  }

  /**
   * The classes with the largest internal figure, each not already counted in a chosen one's
   * ownership tree: whole objects that hold or own primitives, and classes whose member
   * functions create tasks, threads or TLS contexts.
   */
  private List<BillPart> largest(List<ClassBudget> classes, BudgetModel model) {
    Map<String, ClassFact> candidates = new LinkedHashMap<>();
    for (ClassBudget c : classes) {
      if (c.wholeObject()) {
        candidates.putIfAbsent(c.type().qualifiedName(), c.type());
      }
    }
    Set<String> creating = new HashSet<>();
    stacks.forEach(s -> creating.add(s.enclosingFunction()));
    tls.forEach(t -> creating.add(t.enclosingFunction()));
    for (FunctionFact f : facts.functions()) {
      if (!f.ownerClass().isEmpty() && creating.contains(f.qualifiedName())) {
        ClassFact owner = find(f.ownerClass());
        if (owner != null) {
          candidates.putIfAbsent(owner.qualifiedName(), owner);
        }
      }
    }
    // A class with an instance in static storage (a singleton, a global) is billed at start-up, once.
    Set<String> startupRoots = StartupCode.roots(facts).keySet();
    for (FunctionFact f : facts.functions()) {
      if (startupRoots.contains(f.qualifiedName()) && !f.ownerClass().isEmpty()) {
        candidates.remove(f.ownerClass());
      }
    }
    // Following calls from every class would cost a walk per class on large projects: the full
    // figure is computed for the classes that lead on what they own and create themselves.
    Map<String, Long> cheap = new LinkedHashMap<>();
    classes.forEach(c -> cheap.put(c.type().qualifiedName(), c.reachable().bytes()));
    Map<String, Long> createdIn = new HashMap<>();
    stacks.forEach(s -> createdIn.merge(s.enclosingFunction(), costs.threadTcb(), Long::sum));
    tls.forEach(t -> createdIn.merge(t.enclosingFunction(), t.bytes(), Long::sum));
    Map<String, Long> direct = new LinkedHashMap<>();
    for (FunctionFact f : facts.functions()) {
      if (!f.ownerClass().isEmpty()) {
        direct.merge(f.ownerClass(), createdIn.getOrDefault(f.qualifiedName(), 0L), Long::sum);
      }
    }
    List<ClassFact> leading = candidates.values().stream()
        .sorted(Comparator.comparingLong((ClassFact c) -> -(cheap.getOrDefault(c.qualifiedName(), 0L)
            + direct.getOrDefault(c.qualifiedName(), 0L))).thenComparing(ClassFact::qualifiedName))
        .limit(MAX_CANDIDATES)
        .toList();
    List<BillPart> parts = new ArrayList<>();
    for (ClassFact type : leading) {
      parts.add(instance(type, model));
    }
    parts.sort(Comparator.comparingLong((BillPart p) -> -p.internalBytes()).thenComparing(BillPart::rootClass));
    List<BillPart> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (BillPart part : parts) {
      if (chosen.size() == DEFAULT_ROOTS || part.internalBytes() == 0) {
        break;
      }
      if (covered.contains(part.rootClass())) {
        continue;
      }
      chosen.add(part);
      ClassFact type = candidates.get(part.rootClass());
      covered.add(type.qualifiedName());
      covered.addAll(model.trees().of(type).countedDescendants());
    }
    return chosen;
  }

  /** A class by qualified name, or by a name it ends with ({@code PeerConnection}); the first by location. */
  private ClassFact find(String name) {
    ClassFact exact = byQualifiedName.get(name);
    return exact != null ? exact : bySuffix.get(name);
  }
}
