package dev.allocpath.rules.esp.budget;

import dev.allocpath.rules.esp.HeldPrimitives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a class's by-value primitives by the member (or base) that brings them in. */
final class LeafPaths {
  /** One member or base of the class, and the primitives it holds with their paths. */
  record Group(String member, String declaredIn, String type, List<HeldPrimitives.Leaf> leaves, List<String> paths) {}

  private LeafPaths() {}

  static List<Group> byFirstStep(List<HeldPrimitives.Leaf> leaves) {
    Map<String, List<HeldPrimitives.Leaf>> grouped = new LinkedHashMap<>();
    Map<String, HeldPrimitives.Step> firstSteps = new LinkedHashMap<>();
    for (HeldPrimitives.Leaf leaf : leaves) {
      HeldPrimitives.Step first = leaf.via().isEmpty() ? null : leaf.via().get(0);
      String key = first == null ? "" : first.owner() + "|" + label(first);
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(leaf);
      firstSteps.putIfAbsent(key, first);
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((key, group) -> {
      HeldPrimitives.Step first = firstSteps.get(key);
      groups.add(new Group(
          first == null ? "" : label(first),
          first == null ? "" : first.owner(),
          first == null ? "" : first.spelledType(),
          List.copyOf(group),
          group.stream().map(LeafPaths::describe).distinct().toList()));
    });
    return groups;
  }

  /** "dataChannelCallback → synchronized_callback::mutex → std::recursive_mutex". */
  static String describe(HeldPrimitives.Leaf leaf) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < leaf.via().size(); i++) {
      HeldPrimitives.Step step = leaf.via().get(i);
      parts.add(i == 0 ? label(step) : simple(step.owner()) + "::" + label(step));
    }
    parts.add((leaf.count() > 1 ? leaf.count() + " × " : "") + leaf.primitive().spelling());
    return String.join(" → ", parts);
  }

  private static String label(HeldPrimitives.Step step) {
    return step.member() == null ? "base " + step.spelledType() : step.member();
  }

  private static String simple(String qualified) {
    int cut = qualified.lastIndexOf("::");
    return cut < 0 ? qualified : qualified.substring(cut + 2);
  }
}
