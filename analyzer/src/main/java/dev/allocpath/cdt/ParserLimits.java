package dev.allocpath.cdt;

import org.eclipse.cdt.core.parser.IParserSettings2;
import org.eclipse.cdt.core.parser.ParserSettings;

/**
 * The limits CDT applies inside one parse, handed over through the scanner info (CDT reads them
 * nowhere else).
 *
 * <ul>
 *   <li>Tokens per unit, macro expansions and headers included: the bound on a unit's memory.
 *       Without it an exploding macro (each level doubling the one below) fills the heap long
 *       before the time limit. At the cap CDT returns no AST and the unit is reported as skipped.
 *       Real units, project headers included, stay far below it.
 *   <li>Trivial expressions per aggregate initializer: past this many, the literals of a constant
 *       table are skipped rather than turned into AST nodes. They carry no fact, and a generated
 *       table of megabytes then parses in a fraction of the time. CDT applies
 *       {@code OPTION_SKIP_TRIVIAL_EXPRESSIONS_IN_AGGREGATE_INITIALIZERS} only with this setting.
 * </ul>
 */
final class ParserLimits extends ParserSettings implements IParserSettings2 {
  static final int MAX_TOKENS = 10_000_000;
  static final int MAX_TRIVIAL_INITIALIZERS = 1_000;

  ParserLimits() {
    setMaximumTrivialExpressionsInAggregateInitializers(MAX_TRIVIAL_INITIALIZERS);
  }

  @Override
  public boolean shouldLimitTokensPerTranslationUnit() {
    return true;
  }

  @Override
  public int getMaximumTokensPerTranslationUnit() {
    return MAX_TOKENS;
  }
}
