package dev.allocpath.api;

import java.util.List;

/** Supplies rules to the engine through {@link java.util.ServiceLoader}. */
public interface RuleProvider {
  List<Rule> rules();
}
