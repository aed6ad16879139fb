package dev.allocpath.cdt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a run's parse time goes, for measuring (the phase log prints it): the CPU the parse
 * threads spent in CDT (preprocessor, parser, ambiguity resolution) against what they spent in
 * allocpath's own extraction, and how much header text CDT read against what header skipping
 * spared it. Off unless asked for: then each parse reads its thread's CPU clock three times.
 * One instance per parser, shared by the parse threads.
 */
final class ParseCosts {
  /** Null when not measuring: the management classes are then never loaded (they cost start-up). */
  private final ThreadMXBean threads;
  private final AtomicLong parses = new AtomicLong();
  private final AtomicLong cdtNanos = new AtomicLong();
  private final AtomicLong extractionNanos = new AtomicLong();
  private final AtomicLong headersRead = new AtomicLong();
  private final AtomicLong headerCharsRead = new AtomicLong();
  private final AtomicLong headersSkipped = new AtomicLong();
  private final AtomicLong headerCharsSkipped = new AtomicLong();

  ParseCosts(boolean on) {
    ThreadMXBean bean = on ? ManagementFactory.getThreadMXBean() : null;
    this.threads = bean != null && bean.isCurrentThreadCpuTimeSupported() ? bean : null;
  }

  /** This thread's CPU time now, or 0 when not measuring. */
  long now() {
    return threads != null ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** One parse: CDT ran from {@code start} to {@code parsed}, the extraction from there to now. */
  void parsed(long start, long parsed) {
    if (threads != null) {
      parses.incrementAndGet();
      cdtNanos.addAndGet(parsed - start);
      extractionNanos.addAndGet(now() - parsed);
    }
  }

  /** CDT was given a header's text. */
  void headerRead(int chars) {
    if (threads != null) {
      headersRead.incrementAndGet();
      headerCharsRead.addAndGet(chars);
    }
  }

  /** CDT was given a header's macros only (the size counts the header's own text, not what it includes). */
  void headerSkipped(int chars) {
    if (threads != null) {
      headersSkipped.incrementAndGet();
      headerCharsSkipped.addAndGet(chars);
    }
  }

  /** One line for the phase log, or null when not measuring. */
  String summary(int reparsed) {
    if (threads == null) {
      return null;
    }
    return String.format(Locale.ROOT,
        "parse CPU, all parse threads: CDT %.2f s, extraction %.2f s, over %d parses (%d units parsed again after a failed skip); headers read %d"
            + " (%.1f M chars), skipped %d (%.1f M chars of their own text)",
        cdtNanos.get() / 1e9, extractionNanos.get() / 1e9, parses.get(), reparsed, headersRead.get(),
        headerCharsRead.get() / 1e6, headersSkipped.get(), headerCharsSkipped.get() / 1e6);
  }
}
