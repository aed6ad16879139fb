package dev.allocpath.cdt;

import dev.allocpath.facts.MacroFact;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The facts of {@code #define}s in project files, made once per run. A unit reports every macro in
 * force, so each header's definitions were turned into text again for every unit that includes
 * it (about 60,000 facts for 2,000 distinct definitions at the reference size). A definition is
 * identified by the file text it is in and its offset: the same text object means the same bytes,
 * so the fact is the same. Only texts shared by all parses (files read from disk through the
 * {@link HeaderCache}) are used as keys; a unit's generated files are never shared.
 */
final class SharedMacros {
  private final Map<SourceText, Map<Integer, MacroFact>> byFile = new ConcurrentHashMap<>();

  /** The fact of the definition at {@code offset} of {@code file}, made by {@code make} the first time. */
  MacroFact get(SourceText file, int offset, Supplier<MacroFact> make) {
    return byFile.computeIfAbsent(file, f -> new ConcurrentHashMap<>()).computeIfAbsent(offset, o -> make.get());
  }
}
