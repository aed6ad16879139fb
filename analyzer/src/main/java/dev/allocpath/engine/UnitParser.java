package dev.allocpath.engine;

import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;

/**
 * Turns one translation unit into facts. Implementations never throw for bad input: problems
 * become notifications inside the returned facts.
 */
@FunctionalInterface
public interface UnitParser {
  UnitFacts parse(CompileUnit unit);
}
