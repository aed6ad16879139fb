package dev.allocpath.cdt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Header facts extracted once per context and reused by every later unit that includes the header
 * in the same context (see {@link UnitReuse} for what a context is). CDT still parses every unit
 * whole, so the unit's own code sees every declaration as before; what is skipped is the walk
 * over the header's declarations, whose facts are taken from the first unit that walked them.
 * One instance per run, shared by the parse threads.
 *
 * <p>Off with {@code -Dallocpath.headerReuse=false} (the equivalence test compares both modes).
 */
final class HeaderReuse {
  static final String SWITCH = "allocpath.headerReuse";

  /** A header with what it included, in one context: 128 bits standing for the whole context. */
  record Key(String header, long first, long second) {}

  private final boolean enabled;
  private final ConcurrentHashMap<SourceText, Identifiers> identifiers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Identifiers> macroBodies = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, FactBatch> batches = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger walked = new AtomicInteger();

  HeaderReuse(boolean enabled) {
    this.enabled = enabled;
  }

  /** On unless the system property {@value #SWITCH} is {@code false}. */
  static HeaderReuse fromSystemProperty() {
    return new HeaderReuse(!"false".equalsIgnoreCase(System.getProperty(SWITCH, "true")));
  }

  boolean enabled() {
    return enabled;
  }

  /** The identifiers of a header text every parse shares, scanned once per run. */
  Identifiers identifiers(SourceText text) {
    return identifiers.computeIfAbsent(text, t -> Identifiers.of(t.chars()));
  }

  MacroContext newMacroContext() {
    return new MacroContext(macroBodies);
  }

  FactBatch find(Key key) {
    FactBatch found = batches.get(key);
    if (found != null) {
      reused.incrementAndGet();
    }
    return found;
  }

  void store(Key key, FactBatch batch) {
    walked.incrementAndGet();
    batches.putIfAbsent(key, batch);
  }

  /** For diagnostics and tests: header stretches replayed / walked and stored so far. */
  int reusedCount() {
    return reused.get();
  }

  int storedCount() {
    return walked.get();
  }
}
