package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ProjectFacts;
import java.util.List;
import java.util.Locale;

/**
 * Reports each task or thread whose stack lands in internal RAM, with its size, its control
 * block and the fact that decided where it lands. A note by default (a stack is often meant to
 * be internal); a warning above {@code costs.stack-warning-bytes} when that is set.
 */
@RuleInfo(
    id = "esp-internal-stack",
    summary = "A task or thread takes its stack (and its control block) from internal RAM.",
    severity = Severity.NOTE,
    precision = "high",
    tags = {"memory", "internal-ram", "esp-idf", "threads"})
public final class InternalStackRule implements Rule {
  /** The {@code costs.} key of the size above which a stack is a warning; 0 (the default) never. */
  public static final String WARNING_KEY = "stack-warning-bytes";

  @Override
  public List<String> costKeys() {
    return List.of(WARNING_KEY);
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    long warnAbove = context.settings().number("costs." + WARNING_KEY, 0);
    long tcb = context.settings().number("costs." + UnjoinedThreadRule.TCB_COST_KEY, UnjoinedThreadRule.DEFAULT_TCB_BYTES);
    for (TaskStack stack : TaskStacks.find(facts, context.settings())) {
      if (stack.stackMemory() == MemoryKind.INTERNAL) {
        context.report(finding(stack, tcb, warnAbove));
      }
    }
  }

  private static FindingBuilder finding(TaskStack stack, long tcb, long warnAbove) {
    String size = stack.stackBytes() == null
        ? "a stack of unknown size ('" + stack.stackText() + "' cannot be folded to a number)"
        : "a " + bytes(stack.stackBytes()) + "-byte stack (" + stack.stackBasis().words() + ")";
    String where = stack.staticStack() ? "in a static buffer in internal RAM" : "from internal RAM";
    String message = "The " + stack.noun() + " created here (" + stack.how() + ") takes " + size + " " + where
        + ", plus its " + bytes(tcb) + "-byte task control block" + (stack.staticTcb() ? " (the caller's StaticTask_t)" : "")
        + ": " + stack.decidedBy() + ".";
    FindingBuilder finding = new FindingBuilder(stack.location(), message)
        .identity(stack.how() + "|" + stack.enclosingFunction() + "|" + stack.stackText())
        .property("stackSizeFrom", stack.stackFrom())
        .property("stackBasis", stack.stackBasis().words())
        .property("tcbBytes", tcb)
        .property("memory", stack.stackMemory().words())
        .property("estimatedInternalRamBytes", (stack.stackBytes() == null ? 0 : stack.stackBytes()) + tcb);
    if (stack.stackBytes() != null) {
      finding.property("stackBytes", stack.stackBytes());
    }
    if (warnAbove > 0 && stack.stackBytes() != null && stack.stackBytes() > warnAbove) {
      finding.level(Severity.WARNING);
    }
    finding.step(stack.location(), "The " + stack.noun() + " starts here (" + stack.how() + "); its stack size comes from "
        + stack.stackFrom() + ".");
    for (CallFact inner : stack.innerCalls()) {
      finding.step(inner.location(), "'" + inner.enclosingFunction() + "' passes it on to '" + inner.callee() + "'.");
    }
    if (stack.decidedAt() != null) {
      finding.related(stack.decidedAt(), "This decides where the stack lands.");
    }
    return finding;
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
