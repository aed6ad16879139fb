package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports data members that hold synchronization primitives by value, with their cost. */
@RuleInfo(
    id = "esp-mutex-member",
    summary = "A data member holds a synchronization primitive by value; each one allocates a FreeRTOS object in internal RAM.",
    severity = Severity.WARNING,
    precision = "high",
    tags = {"memory", "internal-ram", "esp-idf"})
public final class MutexMemberRule implements Rule {

  @Override
  public List<String> costKeys() {
    return SyncPrimitive.builtIns().stream().map(SyncPrimitive::spelling).toList();
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    HeldPrimitives held = new HeldPrimitives(new TypeIndex(facts), SyncPrimitive.all(context.settings()));
    for (ClassFact owner : facts.classes()) {
      for (MemberFact member : owner.members()) {
        List<HeldPrimitives.Leaf> leaves = held.ofMember(member, owner);
        if (!leaves.isEmpty()) {
          context.report(finding(owner, member, leaves, PrimitiveTally.of(leaves, context.settings())));
        }
      }
    }
    reportClassTotals(facts, held, context);
  }

  private static FindingBuilder finding(
      ClassFact owner, MemberFact member, List<HeldPrimitives.Leaf> leaves, PrimitiveTally tally) {
    String name = owner.qualifiedName() + "::" + member.name();
    String prefix = member.isStatic() ? "Static member '" : "Member '";
    String cost = member.isStatic()
        ? tally.aboutBytes() + " of internal RAM once per program, not per instance"
        : tally.aboutBytes() + " of internal RAM per instance";
    String message = prefix + name + "' of type '" + member.type().spelled() + "' holds "
        + tally.describe() + " by value: " + cost + "."
        + (tally.estimated() ? " The cost includes estimated figures." : "");
    FindingBuilder finding = new FindingBuilder(member.location(), message)
        .identity(name)
        .property("estimatedInternalRamBytes", tally.bytes())
        .property("storage", member.isStatic() ? "static" : "per-instance")
        .property("primitives", tally.bySpelling())
        .property("allocationPaths", AllocationPaths.describeAll(name, leaves));
    AllocationPaths.addFlow(finding, member, leaves.get(0), tally);
    return finding;
  }

  private static void reportClassTotals(ProjectFacts facts, HeldPrimitives held, RuleContext context) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<ClassTotal> totals = new ArrayList<>();
    for (ClassFact type : facts.classes()) {
      List<HeldPrimitives.Leaf> leaves = held.ofClass(type);
      if (!leaves.isEmpty()) {
        totals.add(new ClassTotal(type, PrimitiveTally.of(leaves, context.settings())));
      }
    }
    totals.sort(Comparator.comparingLong((ClassTotal t) -> -t.tally().bytes())
        .thenComparing(t -> t.type().qualifiedName()));
    for (ClassTotal total : totals) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("class", total.type().qualifiedName());
      row.put("location", total.type().location().toString());
      row.put("primitivesByValue", total.tally().total());
      row.put("primitives", total.tally().bySpelling());
      row.put("bytesPerInstance", total.tally().bytes());
      rows.add(row);
      lines.add(total.type().qualifiedName() + ": " + total.tally().total()
          + (total.tally().total() == 1 ? " primitive" : " primitives") + " by value ("
          + total.tally().describe() + "), " + total.tally().aboutBytes() + " per instance");
    }
    if (!rows.isEmpty()) {
      lines.add(0, "Synchronization primitives held by value, per class instance:");
      context.summary("perClassTotals", rows, lines);
    }
  }

  private record ClassTotal(ClassFact type, PrimitiveTally tally) {}
}
