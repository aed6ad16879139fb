package dev.allocpath.rules.esp.budget;

import static dev.allocpath.rules.esp.budget.TextTable.number;

import dev.allocpath.api.Settings;
import dev.allocpath.rules.esp.PrimitiveTally;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget for a terminal: a table per component, a table per class, where the biggest owners'
 * primitives come from (one line per object, with its ownership path), and the cost constants.
 */
final class BudgetText {
  /** Enough rows to see the story on one screen; JSON and HTML carry every class. */
  static final int MAX_CLASS_ROWS = 20;
  static final int MAX_TREES = 3;

  private BudgetText() {}

  static List<String> lines(Budget budget, Settings settings) {
    List<String> lines = new ArrayList<>();
    lines.add("Internal-RAM budget (static estimate, bytes; * = uses estimated costs):");
    lines.addAll(componentTable(budget));
    lines.add("Est. bytes = one instance of each whole class (primitives × cost) + static-storage primitives"
        + " + leaked threads × " + number(budget.costs().threadTcb()) + " (task control block).");
    lines.add("Raw allocation sites and static heap objects are counted, not sized.");
    if (!budget.classes().isEmpty()) {
      lines.add("");
      lines.addAll(classTable(budget));
    }
    List<ClassBudget> owners = budget.topOwners();
    for (ClassBudget owner : owners.subList(0, Math.min(MAX_TREES, owners.size()))) {
      lines.add("");
      lines.addAll(ownership(owner, settings));
    }
    lines.add("");
    lines.addAll(bill(budget.bill()));
    lines.add("");
    lines.addAll(costTable(budget.costs()));
    return lines;
  }

  /**
   * The bill: start-up, then each root class; one row per item with where it comes from, its
   * bytes, its memory and its basis, then the totals per memory kind.
   */
  static List<String> bill(Bill bill) {
    List<String> lines = new ArrayList<>();
    lines.add("Internal-RAM bill (bytes; memory: internal, PSRAM or depends on size; basis: measured, from the"
        + " configuration, ESP-IDF default, from the source or estimate):");
    List<BillPart> parts = new ArrayList<>();
    parts.add(bill.startup());
    parts.addAll(bill.instances());
    for (BillPart part : parts) {
      lines.add("");
      lines.add(part.title() + (part.rootClass() == null ? "" : bill.rootsChosenBy().equals("configured")
          ? " (chosen with --per)" : " (one of the classes with the largest figure; pick others with --per CLASS)")
          + ": " + part.scope() + ".");
      if (part.lines().isEmpty()) {
        lines.add("  (nothing found)");
        continue;
      }
      TextTable table = new TextTable().left("What").left("Where").right("Bytes").left("Memory").left("Basis");
      for (BillLine line : part.lines()) {
        table.row(line.what(), line.where(), line.bytes() == null ? "?" : number(line.bytes()), line.memory(), line.basis());
      }
      lines.addAll(table.lines());
      lines.add(totals(part));
    }
    if (bill.instances().isEmpty()) {
      lines.add("");
      lines.add("No class holds, owns or creates anything to bill per instance; name one with --per CLASS.");
    }
    return lines;
  }

  private static String totals(BillPart part) {
    StringBuilder text = new StringBuilder("Total:");
    part.totals().forEach((kind, value) -> {
      if (!kind.equals("not sized")) {
        text.append(' ').append(kind).append(' ').append(number(value)).append(',');
      }
    });
    text.setLength(text.length() - 1);
    long notSized = part.totals().get("not sized");
    return text + (notSized > 0 ? "; " + notSized + " item" + (notSized == 1 ? "" : "s") + " not sized (?)." : ".");
  }

  /** The sentences that say what the figures mean, also carried in the data. */
  static List<String> assumptions(Budget budget) {
    return List.of(
        "Per-class figures are for one instance; reachable adds one instance of each class the object owns"
            + " through " + String.join(", ", budget.owningPointers())
            + " members, containers of owned objects, or make_shared/make_unique/new in its member functions.",
        "An object owned through shared ownership (shared_ptr, or created in a member function) counts once per"
            + " tree; unique_ptr and container elements count for each owner; a cycle ends at the repeat; a"
            + " container counts as one element. Reachable figures are therefore a floor.",
        "weak_ptr, raw pointers and references observe and are not followed.",
        "Component estimates count one instance of each class that is not only a base or by-value part of"
            + " another (classes with an instance in static storage are counted there), plus static-storage"
            + " primitives and leaked thread control blocks.");
  }

  private static List<String> componentTable(Budget budget) {
    TextTable table = new TextTable()
        .left("Component").left("Redirect").right("Raw allocs").right("Mutex classes")
        .right("Primitives").right("Static").right("Leaked threads").right("Static heap objs")
        .right("Est. bytes");
    long raw = 0, classes = 0, primitives = 0, statics = 0, threads = 0, heap = 0, bytes = 0;
    boolean estimated = false;
    for (ComponentBudget c : budget.components()) {
      table.row(c.name(), c.redirect().summary(), c.rawAllocationSites(), c.mutexClasses(),
          c.wholeObjects().total(), c.staticStorage().total(), c.leakedThreads(), c.staticHeapObjects(),
          bytes(c.estimatedBytes(), c.usesEstimates()));
      raw += c.rawAllocationSites();
      classes += c.mutexClasses();
      primitives += c.wholeObjects().total();
      statics += c.staticStorage().total();
      threads += c.leakedThreads();
      heap += c.staticHeapObjects();
      bytes += c.estimatedBytes();
      estimated |= c.usesEstimates();
    }
    table.row("Total", "", raw, classes, primitives, statics, threads, heap, bytes(bytes, estimated));
    return table.lines();
  }

  private static List<String> classTable(Budget budget) {
    TextTable table = new TextTable()
        .left("Class (one instance)").left("Component")
        .right("By value").right("Bytes").right("Reachable").right("Bytes");
    List<ClassBudget> classes = budget.classes();
    for (ClassBudget c : classes.subList(0, Math.min(MAX_CLASS_ROWS, classes.size()))) {
      table.row(c.type().qualifiedName(), c.component(),
          c.byValue().total(), bytes(c.byValue().bytes(), c.byValue().estimated()),
          c.reachable().total(), bytes(c.reachable().bytes(), c.reachable().estimated()));
    }
    List<String> lines = new ArrayList<>(table.lines());
    if (classes.size() > MAX_CLASS_ROWS) {
      lines.add("... and " + (classes.size() - MAX_CLASS_ROWS) + " more classes (see the JSON or HTML report).");
    }
    return lines;
  }

  /** One line per object in the tree, named by its ownership path from the root. */
  private static List<String> ownership(ClassBudget owner, Settings settings) {
    List<String> lines = new ArrayList<>();
    lines.add("Where one " + owner.type().qualifiedName() + "'s " + owner.reachable().total() + " primitives ("
        + number(owner.reachable().bytes()) + " bytes) come from:");
    TextTable table = new TextTable().left("Owned object (path)").left("Class").right("Primitives").right("Bytes")
        .left("Held as");
    table.row("(itself)", owner.type().qualifiedName(), owner.byValue().total(),
        bytes(owner.byValue().bytes(), owner.byValue().estimated()), "by value");
    addRows(table, owner.tree(), "", settings);
    lines.addAll(table.lines());
    return lines;
  }

  private static void addRows(TextTable table, OwnedNode node, String path, Settings settings) {
    for (OwnedNode child : node.children) {
      String childPath = path.isEmpty() ? child.edge.via() : path + " → " + child.edge.via();
      String held = child.edge.how() + (child.edge.many() ? " (1 or more)" : "");
      if (!child.counted) {
        table.row(childPath, child.type.qualifiedName(), "-", "-", held + " (not counted: " + child.shortNote + ")");
        continue;
      }
      PrimitiveTally tally = PrimitiveTally.of(child.byValue, settings);
      table.row(childPath, child.type.qualifiedName(), tally.total(), bytes(tally.bytes(), tally.estimated()), held);
      addRows(table, child, childPath, settings);
    }
  }

  private static List<String> costTable(CostTable costs) {
    List<String> lines = new ArrayList<>();
    lines.add("Costs (bytes of internal RAM each; override with the settings key):");
    TextTable table = new TextTable().left("Item").right("Bytes").left("Basis").left("Key");
    for (CostTable.Cost cost : costs.all()) {
      table.row(cost.item(), cost.bytes(), cost.basis() + (cost.bytes() != cost.defaultBytes()
          ? " (configured; default " + number(cost.defaultBytes()) + ")" : ""), cost.key());
    }
    lines.addAll(table.lines());
    return lines;
  }

  private static String bytes(long value, boolean estimated) {
    return number(value) + (estimated ? "*" : "");
  }
}
