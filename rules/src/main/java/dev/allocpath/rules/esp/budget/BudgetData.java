package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.rules.esp.HeldPrimitives;
import dev.allocpath.rules.esp.PrimitiveTally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget as JSON-friendly data (maps, lists, strings, numbers, booleans; every list in a
 * fixed order): what the {@code budget} summary carries into the SARIF run properties and what
 * the JSON and HTML reports render. Top-level keys:
 *
 * <ul>
 *   <li>{@code costs}: every cost constant ({@code item}, settings {@code key}, {@code bytes},
 *       {@code defaultBytes}, {@code basis} measured or estimate);
 *   <li>{@code assumptions}: sentences saying what the figures mean;
 *   <li>{@code components}: one row per component, by name, with its redirect state, counts and
 *       {@code estimatedBytes}; {@code totals} adds them up;
 *   <li>{@code classes}: per class, {@code byValue} and {@code reachable} tallies, the
 *       {@code members} that hold primitives (with paths) and the ownership tree {@code owns};
 *   <li>{@code statics}: primitives in static storage;
 *   <li>{@code bill}: the internal-RAM bill, {@code startup} and {@code perInstance} parts (each
 *       {@code title}, {@code class} for a per-instance part, {@code scope}, {@code lines} and
 *       {@code totals} per memory kind), and {@code roots}: "configured" or "largest". A line is
 *       {@code {kind, what, detail (optional), location, component, bytes (null: not sized), memory,
 *       basis}}.
 * </ul>
 *
 * A tally is {@code {primitives, bytes, counts: {spelling: n}, usesEstimates}}.
 */
final class BudgetData {
  private BudgetData() {}

  static Map<String, Object> of(Budget budget, Settings settings) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("costs", costs(budget.costs()));
    data.put("assumptions", BudgetText.assumptions(budget));
    data.put("components", budget.components().stream().map(BudgetData::component).toList());
    data.put("totals", totals(budget.components()));
    data.put("classes", budget.classes().stream().map(c -> classData(c, settings)).toList());
    data.put("statics", budget.statics().stream().map(s -> staticData(s, budget, settings)).toList());
    data.put("bill", bill(budget.bill()));
    return data;
  }

  private static Map<String, Object> bill(Bill bill) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("roots", bill.rootsChosenBy());
    data.put("startup", part(bill.startup()));
    data.put("perInstance", bill.instances().stream().map(BudgetData::part).toList());
    return data;
  }

  private static Map<String, Object> part(BillPart part) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", part.title());
    if (part.rootClass() != null) {
      data.put("class", part.rootClass());
    }
    data.put("scope", part.scope());
    List<Object> lines = new ArrayList<>();
    for (BillLine line : part.lines()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", line.kind());
      row.put("what", line.what());
      if (line.detail() != null) {
        row.put("detail", line.detail());
      }
      row.put("location", line.where());
      row.put("component", line.component());
      row.put("bytes", line.bytes());
      row.put("memory", line.memory());
      row.put("basis", line.basis());
      lines.add(row);
    }
    data.put("lines", lines);
    data.put("totals", part.totals());
    return data;
  }

  private static List<Object> costs(CostTable costs) {
    List<Object> rows = new ArrayList<>();
    for (CostTable.Cost cost : costs.all()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("item", cost.item());
      row.put("key", cost.key());
      row.put("bytes", cost.bytes());
      row.put("defaultBytes", cost.defaultBytes());
      row.put("basis", cost.basis());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> component(ComponentBudget c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("component", c.name());
    Map<String, Object> redirect = new LinkedHashMap<>();
    redirect.put("summary", c.redirect().summary());
    // The per-symbol detail stays in the redirect rule's own "redirects" summary.
    redirect.put("unredirected", c.redirect().unredirected());
    row.put("redirect", redirect);
    row.put("rawAllocationSites", c.rawAllocationSites());
    row.put("mutexClasses", c.mutexClasses());
    row.put("wholeObjectPrimitives", tally(c.wholeObjects()));
    row.put("staticPrimitives", tally(c.staticStorage()));
    row.put("leakedThreads", c.leakedThreads());
    row.put("leakedThreadBytes", c.leakedThreadBytes());
    row.put("undecidedThreads", c.undecidedThreads());
    row.put("staticHeapObjects", c.staticHeapObjects());
    row.put("estimatedBytes", c.estimatedBytes());
    row.put("usesEstimates", c.usesEstimates());
    return row;
  }

  private static Map<String, Object> totals(List<ComponentBudget> components) {
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("rawAllocationSites", components.stream().mapToLong(ComponentBudget::rawAllocationSites).sum());
    totals.put("mutexClasses", components.stream().mapToLong(ComponentBudget::mutexClasses).sum());
    totals.put("wholeObjectPrimitives", components.stream().mapToLong(c -> c.wholeObjects().total()).sum());
    totals.put("wholeObjectBytes", components.stream().mapToLong(c -> c.wholeObjects().bytes()).sum());
    totals.put("staticPrimitives", components.stream().mapToLong(c -> c.staticStorage().total()).sum());
    totals.put("staticPrimitiveBytes", components.stream().mapToLong(c -> c.staticStorage().bytes()).sum());
    totals.put("leakedThreads", components.stream().mapToLong(ComponentBudget::leakedThreads).sum());
    totals.put("leakedThreadBytes", components.stream().mapToLong(ComponentBudget::leakedThreadBytes).sum());
    totals.put("undecidedThreads", components.stream().mapToLong(ComponentBudget::undecidedThreads).sum());
    totals.put("staticHeapObjects", components.stream().mapToLong(ComponentBudget::staticHeapObjects).sum());
    totals.put("estimatedBytes", components.stream().mapToLong(ComponentBudget::estimatedBytes).sum());
    totals.put("usesEstimates", components.stream().anyMatch(ComponentBudget::usesEstimates));
    return totals;
  }

  private static Map<String, Object> classData(ClassBudget c, Settings settings) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("class", c.type().qualifiedName());
    row.put("component", c.component());
    row.put("location", c.type().location().toString());
    row.put("wholeObject", c.wholeObject());
    if (c.partOf() != null) {
      row.put("partOf", c.partOf());
    }
    row.put("byValue", tally(c.byValue()));
    row.put("reachable", tally(c.reachable()));
    row.put("members", members(c.byValueLeaves(), settings));
    row.put("owns", c.tree().children.stream().map(n -> node(n, settings)).toList());
    return row;
  }

  private static List<Object> members(List<HeldPrimitives.Leaf> leaves, Settings settings) {
    List<Object> rows = new ArrayList<>();
    for (LeafPaths.Group group : LeafPaths.byFirstStep(leaves)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("member", group.member());
      row.put("declaredIn", group.declaredIn());
      row.put("type", group.type());
      row.put("primitives", tally(PrimitiveTally.of(group.leaves(), settings)));
      row.put("paths", group.paths());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> node(OwnedNode node, Settings settings) {
    Map<String, Object> row = new LinkedHashMap<>();
    OwnershipEdge edge = node.edge;
    row.put("class", node.type.qualifiedName());
    row.put("via", edge.via());
    row.put("declaredIn", edge.declaredIn());
    row.put("how", edge.how());
    row.put("kind", edge.creation() ? "creation" : "member");
    row.put("many", edge.many());
    row.put("location", edge.location().toString());
    row.put("counted", node.counted);
    if (node.note != null) {
      row.put("note", node.note);
    }
    row.put("byValue", tally(PrimitiveTally.of(node.byValue, settings)));
    row.put("owns", node.children.stream().map(n -> node(n, settings)).toList());
    return row;
  }

  private static Map<String, Object> staticData(StaticPrimitives.Holder holder, Budget budget, Settings settings) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", holder.name());
    row.put("storage", holder.storage());
    row.put("component", budget.componentOf().of(holder.location().path()));
    row.put("location", holder.location().toString());
    row.put("primitives", tally(PrimitiveTally.of(holder.leaves(), settings)));
    return row;
  }

  static Map<String, Object> tally(PrimitiveTally tally) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("primitives", tally.total());
    row.put("bytes", tally.bytes());
    row.put("counts", tally.bySpelling());
    row.put("usesEstimates", tally.estimated());
    return row;
  }
}
