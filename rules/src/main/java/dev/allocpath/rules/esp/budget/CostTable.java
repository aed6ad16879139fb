package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Settings;
import dev.allocpath.rules.esp.SyncPrimitive;
import dev.allocpath.rules.esp.TlsContexts;
import dev.allocpath.rules.esp.UnjoinedThreadRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cost constant the budget multiplies by, with the settings key that overrides it and
 * whether the default was measured on a device or estimated. Shown with every budget, so a
 * reader can check each figure and change it in the configuration.
 */
final class CostTable {
  /**
   * One constant: what it prices, its configured and default bytes, measured or estimated;
   * {@code source} says where an estimate was read (null: a plain estimate or a measurement).
   */
  record Cost(String item, String key, long bytes, long defaultBytes, boolean measured, String source) {
    Cost(String item, String key, long bytes, long defaultBytes, boolean measured) {
      this(item, key, bytes, defaultBytes, measured, null);
    }

    String basis() {
      return measured ? "measured" : source == null ? "estimate" : "estimate (" + source + ")";
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
  private final long tlsRecordOverhead;

  /** The record overhead per TLS buffer; the same key and default as esp-tls-internal-buffers. */
  static final String TLS_OVERHEAD_KEY = "costs." + TlsContexts.OVERHEAD_COST_KEY;

  CostTable(Settings settings) {
    List<Cost> all = new ArrayList<>();
    for (SyncPrimitive primitive : SyncPrimitive.all(settings)) {
      all.add(new Cost(primitive.spelling(), primitive.costKey(), primitive.bytes(settings),
          primitive.defaultBytes(), primitive.measured()));
    }
    this.threadTcb = settings.number(THREAD_TCB_KEY, THREAD_TCB_DEFAULT);
    all.add(new Cost("thread task control block", THREAD_TCB_KEY, threadTcb, THREAD_TCB_DEFAULT, true));
    this.tlsRecordOverhead = settings.number(TLS_OVERHEAD_KEY, TlsContexts.RECORD_OVERHEAD);
    all.add(new Cost("TLS record buffer overhead (each of 2 buffers per SSL context)", TLS_OVERHEAD_KEY,
        tlsRecordOverhead, TlsContexts.RECORD_OVERHEAD, false, "mbedTLS 3.6 ssl_misc.h, as in ESP-IDF 5.x"));
    this.costs = List.copyOf(all);
  }

  long tlsRecordOverhead() {
    return tlsRecordOverhead;
  }

  List<Cost> all() {
    return costs;
  }

  long threadTcb() {
    return threadTcb;
  }
}
