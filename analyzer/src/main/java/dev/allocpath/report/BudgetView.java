package dev.allocpath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed, forgiving access to the {@code budget} summary data (maps and lists as the budget
 * report publishes them): a missing or mistyped value reads as empty, zero or false, so a page
 * can always be drawn.
 */
final class BudgetView {
  record Tally(long primitives, long bytes, Map<String, Object> counts, boolean usesEstimates) {
    static Tally of(Object value) {
      Map<String, Object> m = map(value);
      return new Tally(number(m, "primitives"), number(m, "bytes"), map(m.get("counts")), bool(m, "usesEstimates"));
    }
  }

  record Cost(String item, String key, long bytes, long defaultBytes, String basis) {}

  record ComponentRow(
      String name, String redirect, List<String> unredirected, long rawAllocationSites, long mutexClasses,
      Tally wholeObjects, Tally staticPrimitives, long leakedThreads, long leakedThreadBytes, long undecidedThreads,
      long staticHeapObjects, long estimatedBytes, boolean usesEstimates) {}

  record Member(String member, String type, Tally primitives, List<String> paths) {}

  record Owned(String className, String via, String how, String kind, boolean many, String location,
      boolean counted, String note, Tally byValue, List<Owned> owns) {}

  record ClassRow(String className, String component, String location, boolean wholeObject, String partOf,
      Tally byValue, Tally reachable, List<Member> members, List<Owned> owns) {}

  record StaticRow(String name, String storage, String component, String location, Tally primitives) {}

  /** A line of the bill; {@code bytes} null when the item is not sized. */
  record BillLine(String kind, String what, String detail, String location, Long bytes, String memory, String basis) {}

  record BillPart(String title, String className, String scope, List<BillLine> lines, Map<String, Object> totals) {}

  final boolean present;
  final List<Cost> costs = new ArrayList<>();
  final List<String> assumptions = new ArrayList<>();
  final List<ComponentRow> components = new ArrayList<>();
  final Map<String, Object> totals;
  final List<ClassRow> classes = new ArrayList<>();
  final List<StaticRow> statics = new ArrayList<>();
  final List<BillPart> bill = new ArrayList<>();
  final String billRoots;

  BudgetView(Object data) {
    present = data instanceof Map<?, ?>;
    Map<String, Object> root = map(data);
    for (Object o : list(root.get("costs"))) {
      Map<String, Object> m = map(o);
      costs.add(new Cost(text(m, "item"), text(m, "key"), number(m, "bytes"), number(m, "defaultBytes"),
          text(m, "basis")));
    }
    list(root.get("assumptions")).forEach(a -> assumptions.add(String.valueOf(a)));
    for (Object o : list(root.get("components"))) {
      Map<String, Object> m = map(o);
      Map<String, Object> redirect = map(m.get("redirect"));
      components.add(new ComponentRow(text(m, "component"), text(redirect, "summary"), strings(redirect.get("unredirected")),
          number(m, "rawAllocationSites"), number(m, "mutexClasses"), Tally.of(m.get("wholeObjectPrimitives")),
          Tally.of(m.get("staticPrimitives")), number(m, "leakedThreads"), number(m, "leakedThreadBytes"),
          number(m, "undecidedThreads"), number(m, "staticHeapObjects"), number(m, "estimatedBytes"),
          bool(m, "usesEstimates")));
    }
    totals = map(root.get("totals"));
    for (Object o : list(root.get("classes"))) {
      Map<String, Object> m = map(o);
      List<Member> members = new ArrayList<>();
      for (Object mo : list(m.get("members"))) {
        Map<String, Object> mm = map(mo);
        members.add(new Member(text(mm, "member"), text(mm, "type"), Tally.of(mm.get("primitives")),
            strings(mm.get("paths"))));
      }
      classes.add(new ClassRow(text(m, "class"), text(m, "component"), text(m, "location"),
          bool(m, "wholeObject"), m.get("partOf") == null ? null : text(m, "partOf"), Tally.of(m.get("byValue")),
          Tally.of(m.get("reachable")), members, owned(m.get("owns"), 0)));
    }
    for (Object o : list(root.get("statics"))) {
      Map<String, Object> m = map(o);
      statics.add(new StaticRow(text(m, "name"), text(m, "storage"), text(m, "component"), text(m, "location"),
          Tally.of(m.get("primitives"))));
    }
    Map<String, Object> billData = map(root.get("bill"));
    billRoots = text(billData, "roots");
    if (billData.get("startup") != null) {
      bill.add(billPart(billData.get("startup")));
    }
    list(billData.get("perInstance")).forEach(p -> bill.add(billPart(p)));
  }

  private static BillPart billPart(Object value) {
    Map<String, Object> m = map(value);
    List<BillLine> lines = new ArrayList<>();
    for (Object o : list(m.get("lines"))) {
      Map<String, Object> l = map(o);
      lines.add(new BillLine(text(l, "kind"), text(l, "what"), l.get("detail") == null ? null : text(l, "detail"),
          text(l, "location"), l.get("bytes") instanceof Number n ? n.longValue() : null, text(l, "memory"),
          text(l, "basis")));
    }
    return new BillPart(text(m, "title"), m.get("class") == null ? null : text(m, "class"), text(m, "scope"), lines,
        map(m.get("totals")));
  }

  long total(String key) {
    return number(totals, key);
  }

  boolean totalUsesEstimates() {
    return bool(totals, "usesEstimates");
  }

  private static List<Owned> owned(Object value, int depth) {
    List<Owned> nodes = new ArrayList<>();
    if (depth > 64) {
      return nodes; // the data nests as deep as ownership goes; a page needs no more
    }
    for (Object o : list(value)) {
      Map<String, Object> m = map(o);
      nodes.add(new Owned(text(m, "class"), text(m, "via"), text(m, "how"), text(m, "kind"), bool(m, "many"),
          text(m, "location"), bool(m, "counted"), m.get("note") == null ? null : text(m, "note"),
          Tally.of(m.get("byValue")), owned(m.get("owns"), depth + 1)));
    }
    return nodes;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? "" : String.valueOf(v);
  }

  static long number(Map<String, Object> m, String key) {
    return m.get(key) instanceof Number n ? n.longValue() : 0;
  }

  static boolean bool(Map<String, Object> m, String key) {
    return m.get(key) instanceof Boolean b && b;
  }
}
