package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.facts.MemberFact;
import java.util.List;
import java.util.stream.Collectors;

/** Says how a member reaches its primitives: as text for properties and as SARIF flow steps. */
final class AllocationPaths {
  private AllocationPaths() {}

  /** "A::m → synchronized_callback::mutex → std::recursive_mutex", one entry per path. */
  static List<String> describeAll(String memberName, List<HeldPrimitives.Leaf> leaves) {
    return leaves.stream().map(leaf -> describe(memberName, leaf)).distinct().sorted().toList();
  }

  static String describe(String memberName, HeldPrimitives.Leaf leaf) {
    String middle = leaf.via().stream()
        .map(step -> step.member() == null
            ? simple(step.owner()) + " (base " + step.spelledType() + ")"
            : simple(step.owner()) + "::" + step.member())
        .collect(Collectors.joining(" → "));
    String count = leaf.count() > 1 ? leaf.count() + " × " : "";
    return memberName + (middle.isEmpty() ? "" : " → " + middle) + " → " + count + leaf.primitive().spelling();
  }

  /** Adds the first path as flow steps: the member, each member passed through, the primitive. */
  static void addFlow(FindingBuilder finding, MemberFact member, HeldPrimitives.Leaf leaf, PrimitiveTally tally) {
    finding.step(member.location(),
        "'" + member.name() + "' is declared with type '" + member.type().spelled() + "'.");
    for (HeldPrimitives.Step step : leaf.via()) {
      String what = step.member() == null
          ? "'" + simple(step.owner()) + "' derives from '" + step.spelledType() + "'."
          : "'" + simple(step.owner()) + "::" + step.member() + "' holds '" + step.spelledType() + "' by value.";
      finding.step(step.location(), what);
    }
    var last = leaf.via().isEmpty() ? member.location() : leaf.via().get(leaf.via().size() - 1).location();
    finding.step(last, "Constructing " + leaf.primitive().spelling()
        + " creates a FreeRTOS object in internal RAM (" + leaf.primitive().defaultBytes() + " bytes, "
        + (leaf.primitive().measured() ? "measured on ESP-IDF 5.5.1" : "estimated") + ").");
  }

  private static String simple(String qualified) {
    int cut = qualified.lastIndexOf("::");
    return cut < 0 ? qualified : qualified.substring(cut + 2);
  }
}
