package dev.allocpath.cdt;

import dev.allocpath.facts.MacroFact;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.cdt.core.index.IIndexMacro;

/**
 * Headers whose text a parse may skip, one run's worth, shared by the parse threads.
 *
 * <p>A header is skipped when CDT asks for it in a context where an earlier unit read it and
 * everything it pulled in ({@link Closure}): CDT then gets only the header's macros, in order, the
 * way it takes a header found in its index, and the unit's facts get the header's facts from the
 * run's store ({@link HeaderReuse}). Whether the context is the same is decided at the
 * {@code #include}, before any of the header's tokens exist:
 * <ul>
 *   <li>the same include search paths (so every {@code #include} inside resolves the same way);
 *   <li>the same macro context over every identifier of the header, of the headers it entered and
 *       of the headers it asked for but did not enter (their include guards), and of the bodies of
 *       the macros those name ({@link MacroContext}); a closure is trusted for a context only after
 *       a second unit met that context and entered exactly the same files in exactly the same
 *       contexts ({@link Closure#verified});
 *   <li>none of its files read before in the unit, and every file it asked for but did not enter
 *       read before exactly when it had been read before in the unit that recorded it
 *       ({@code #pragma once} has no macro to show it).
 * </ul>
 * The unit itself must not need the header's declarations: none of the names the closure declares
 * (nor the closure's macros that expand to them) may be spelled by the code that is parsed
 * ({@link UnitReuse} checks this after the parse, and a closure that declares an operator at
 * namespace scope or says {@code using namespace} is never skipped). When a check fails after the
 * parse, the unit is parsed again without skipping, so a skip can only ever save work, never change
 * a fact.
 */
final class HeaderSkips {
  /** How a unit resolves includes: its language and include search paths, hashed. */
  record Setup(long first, long second) {}

  /** A {@code #define} ({@code expansion} non-null, with its fact) or an {@code #undef}, in order. */
  record MacroStep(String name, char[][] parameters, char[] expansion, String file, int offset,
      int length, int line, MacroFact fact) {}

  /** A header as one unit read it, with everything the skip of it needs. */
  static final class Closure {
    final String header;
    /** Files entered, in the order opened (the header first), with their contexts and identifiers. */
    final List<String> files;
    final Map<String, MacroContext.Fingerprint> contexts;
    final Map<String, Identifiers> identifiers;
    /** Every identifier the inclusion depended on: of the files entered and of those only asked for. */
    final List<Identifiers> reach;
    /** Files asked for but not entered, and whether they had been read before the header. */
    final Map<String, Boolean> askedOnly;
    final List<MacroStep> macros;
    final Set<String> declared;
    /**
     * The names whose spelling in a unit makes it need the closure's declarations: those declared,
     * and the closure's macros that expand to one of them (a redirect header's
     * {@code #define malloc(n) comp_psram_malloc(n)} beside its declaration of
     * {@code comp_psram_malloc}: a unit that spells {@code malloc} needs the declaration).
     */
    final Set<String> needed;
    final Set<String> pragmaOnce;
    /** False for a header of macros only: its skip has no facts to replay. */
    final boolean declares;
    final Set<MacroContext.Fingerprint> verified = ConcurrentHashMap.newKeySet();
    /** Set when a skip of it failed its checks after the parse: it is not skipped again. */
    volatile boolean failed;
    private volatile List<IIndexMacro> indexMacros;

    Closure(String header, List<String> files, Map<String, MacroContext.Fingerprint> contexts,
        Map<String, Identifiers> identifiers, List<Identifiers> reach, Map<String, Boolean> askedOnly,
        List<MacroStep> macros, Set<String> declared, Set<String> pragmaOnce, boolean declares) {
      this.header = header;
      this.files = List.copyOf(files);
      this.contexts = Map.copyOf(contexts);
      this.identifiers = Map.copyOf(identifiers);
      this.reach = List.copyOf(reach);
      this.askedOnly = Map.copyOf(askedOnly);
      this.macros = List.copyOf(macros);
      this.declared = Set.copyOf(declared);
      this.needed = needed(this.declared, this.macros);
      this.pragmaOnce = Set.copyOf(pragmaOnce);
      this.declares = declares;
    }

    /** {@code declared} and the macros of {@code steps} that expand to them, directly or via each other. */
    private static Set<String> needed(Set<String> declared, List<MacroStep> steps) {
      Map<String, String[]> bodies = new HashMap<>();
      for (MacroStep step : steps) {
        if (step.expansion() != null && step.expansion().length > 0) {
          bodies.put(step.name(), Identifiers.of(step.expansion()).names());
        }
      }
      Set<String> needed = new HashSet<>(declared);
      boolean grew = !bodies.isEmpty() && !declared.isEmpty();
      while (grew) {
        grew = false;
        for (Map.Entry<String, String[]> body : bodies.entrySet()) {
          String macro = body.getKey();
          if (!needed.contains(macro) && Arrays.stream(body.getValue()).anyMatch(needed::contains)) {
            needed.add(macro);
            grew = true;
          }
        }
      }
      return Set.copyOf(needed);
    }

    /** The same files entered in the same contexts. */
    boolean sameInclusion(List<String> otherFiles, Map<String, MacroContext.Fingerprint> otherContexts) {
      if (!files.equals(otherFiles)) {
        return false;
      }
      for (String file : files) {
        if (!contexts.get(file).equals(otherContexts.get(file))) {
          return false;
        }
      }
      return true;
    }

    List<IIndexMacro> indexMacros() {
      List<IIndexMacro> made = indexMacros;
      if (made == null) {
        made = IndexMacros.of(macros);
        indexMacros = made;
      }
      return made;
    }
  }

  /** Closures recorded per header are capped: a header met in many contexts is simply read. */
  private static final int CLOSURES_PER_HEADER = 8;

  private record Key(Setup setup, String header) {}

  private final ConcurrentHashMap<Key, List<Closure>> closures = new ConcurrentHashMap<>();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger reparsed = new AtomicInteger();

  List<Closure> candidates(Setup setup, String header) {
    return closures.getOrDefault(new Key(setup, header), List.of());
  }

  /** Keeps {@code closure} unless one with the same inclusion is known or the header has enough. */
  void record(Setup setup, Closure closure) {
    List<Closure> known = closures.computeIfAbsent(new Key(setup, closure.header), k -> new CopyOnWriteArrayList<>());
    synchronized (known) {
      if (known.size() >= CLOSURES_PER_HEADER) {
        return;
      }
      for (Closure other : known) {
        if (other.sameInclusion(closure.files, closure.contexts) && other.askedOnly.equals(closure.askedOnly)) {
          return;
        }
      }
      known.add(closure);
    }
  }

  void countSkip() {
    skipped.incrementAndGet();
  }

  void countReparse() {
    reparsed.incrementAndGet();
  }

  /** For diagnostics and tests: headers skipped, and units parsed again after a failed check. */
  int skippedCount() {
    return skipped.get();
  }

  int reparsedCount() {
    return reparsed.get();
  }

  /** Thrown when a unit's skips fail a check after the parse: the unit is parsed again in full. */
  static final class Miss extends RuntimeException {
    Miss(String why) {
      super(why, null, false, false);
    }
  }
}
