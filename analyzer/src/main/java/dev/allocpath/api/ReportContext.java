package dev.allocpath.api;

import java.util.List;
import java.util.Optional;

/** What a {@link Report} sees of a run, and how it publishes its result. */
public interface ReportContext {
  Settings settings();

  /** Every rule's findings, in the order outputs print them. */
  List<Finding> findings();

  /** The data a rule published under {@code key} with {@link RuleContext#summary}, if any. */
  Optional<Object> ruleSummary(String key);

  /**
   * Publishes the report's result like a rule summary: {@code data} (JSON-friendly values only)
   * goes to the SARIF run properties under {@code key}, {@code textLines} to the text output.
   */
  void publish(String key, Object data, List<String> textLines);

  void notify(Notification notification);
}
