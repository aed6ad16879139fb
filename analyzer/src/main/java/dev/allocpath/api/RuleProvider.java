package dev.allocpath.api;

import java.util.List;

/** Supplies rules (and reports built on their findings) to the engine through {@link java.util.ServiceLoader}. */
public interface RuleProvider {
  List<Rule> rules();

  /** Reports that run after all rules; none unless a provider has some. */
  default List<Report> reports() {
    return List.of();
  }
}
