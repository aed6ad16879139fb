package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.rules.esp.SyncPrimitive;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cost constant the budget multiplies by, with the settings key that overrides it and
 * whether the default was measured on a device or estimated. Shown with every budget, so a
 * reader can check each figure and change it in the configuration.
 */
final class CostTable {
  /** One constant: what it prices, its configured and default bytes, measured or estimated. */
  record Cost(String item, String key, long bytes, long defaultBytes, boolean measured) {
    String basis() {
      return measured ? "measured" : "estimate";
    }
  }

  /**
   * The task control block pthread_create allocates in internal RAM, measured with a heap trace
   * on ESP-IDF 5.5.1 (see the seeds). The same key and default as the esp-unjoined-thread rule.
   */
  static final String THREAD_TCB_KEY = "costs." + UnjoinedThreadRule.TCB_COST_KEY;
  static final long THREAD_TCB_DEFAULT = UnjoinedThreadRule.DEFAULT_TCB_BYTES;

  private final List<Cost> costs;
  private final long threadTcb;

  CostTable(Settings settings) {
    List<Cost> all = new ArrayList<>();
    for (SyncPrimitive primitive : SyncPrimitive.all(settings)) {
      all.add(new Cost(primitive.spelling(), primitive.costKey(), primitive.bytes(settings),
          primitive.defaultBytes(), primitive.measured()));
    }
    this.threadTcb = settings.number(THREAD_TCB_KEY, THREAD_TCB_DEFAULT);
    all.add(new Cost("thread task control block", THREAD_TCB_KEY, threadTcb, THREAD_TCB_DEFAULT, true));
    this.costs = List.copyOf(all);
  }

  List<Cost> all() {
    return costs;
  }

  long threadTcb() {
    return threadTcb;
  }
}
