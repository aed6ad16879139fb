package dev.allocpath.cdt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Header facts extracted once per context and reused by every later unit that includes the header
 * in the same context (see {@link UnitReuse} for what a context is). Two savings, one store:
 * <ul>
 *   <li>the walk over a header's declarations is skipped when an earlier unit walked them in the
 *       same context (CDT still parsed them, and the unit's own code sees them);
 *   <li>CDT does not even read a header the unit's code has no use for, when an earlier unit read
 *       it in the same context ({@link HeaderSkips}): it gets the header's macros only.
 * </ul>
 * One instance per run, shared by the parse threads.
 *
 * <p>Off with {@code -Dallocpath.headerReuse=false} (the equivalence test compares both modes);
 * skipping alone off with {@code -Dallocpath.headerSkip=false}.
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
  private final HeaderSkips skips = new HeaderSkips();
  private final ConcurrentHashMap<Identifiers, Set<String>> nameSets = new ConcurrentHashMap<>();
  private final boolean skipping;

  /** Header skipping alone off with {@code -Dallocpath.headerSkip=false} (for measuring it). */
  static final String SKIP_SWITCH = "allocpath.headerSkip";

  HeaderReuse(boolean enabled) {
    this(enabled, enabled);
  }

  /** @param skipping whether headers already read in the same context may be skipped (needs reuse) */
  HeaderReuse(boolean enabled, boolean skipping) {
    this.enabled = enabled;
    this.skipping = enabled && skipping;
  }

  /** On unless the system property {@value #SWITCH} is {@code false}. */
  static HeaderReuse fromSystemProperty() {
    return new HeaderReuse(!"false".equalsIgnoreCase(System.getProperty(SWITCH, "true")),
        !"false".equalsIgnoreCase(System.getProperty(SKIP_SWITCH, "true")));
  }

  /** Whether parses may skip headers ({@link HeaderSkips}). */
  boolean skipping() {
    return skipping;
  }

  HeaderSkips skips() {
    return skips;
  }

  /** The identifiers of a macro body, scanned once per run. */
  Identifiers bodyIdentifiers(String expansion) {
    return macroBodies.computeIfAbsent(expansion, text -> Identifiers.of(text.toCharArray()));
  }

  /**
   * The identifiers of a text that is not a project file but the same in every unit (the compat
   * prelude), scanned once per run per distinct text.
   */
  Identifiers identifiersOfText(char[] text) {
    return bodyIdentifiers(new String(text));
  }

  /** The names of {@code identifiers} as a set (built once per run for each header's identifiers). */
  Set<String> nameSet(Identifiers identifiers) {
    return nameSets.computeIfAbsent(identifiers, ids -> Set.of(ids.names()));
  }

  /** Whether facts are stored under {@code key} (not counted as a reuse). */
  boolean has(Key key) {
    return batches.containsKey(key);
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
