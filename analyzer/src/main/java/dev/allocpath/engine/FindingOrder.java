package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import java.util.Comparator;

/** The one order findings are emitted in, so every output is deterministic. */
public final class FindingOrder {
  private FindingOrder() {}

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message)
          .thenComparing(Finding::identity);
}
