package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.RuleInfo;
import dev.allocpath.rules.esp.DefaultHeapStaticRule;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import dev.allocpath.rules.esp.UnredirectedAllocRule;

/** The ids of the rules whose findings the budget counts, read from the rules themselves. */
final class RuleIds {
  static final String UNREDIRECTED_ALLOC = UnredirectedAllocRule.class.getAnnotation(RuleInfo.class).id();
  static final String UNJOINED_THREAD = UnjoinedThreadRule.class.getAnnotation(RuleInfo.class).id();
  static final String DEFAULT_HEAP_STATIC = DefaultHeapStaticRule.class.getAnnotation(RuleInfo.class).id();

  /** The summary key under which the redirect rule publishes its per-component table. */
  static final String REDIRECTS_SUMMARY = "redirects";

  private RuleIds() {}
}
