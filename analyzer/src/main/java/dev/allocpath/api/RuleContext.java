package dev.allocpath.api;

import java.util.List;

/** What a rule may do during a run besides reading facts. */
public interface RuleContext {
  Settings settings();

  void report(FindingBuilder finding);

  /**
   * Publishes a project-level summary of this rule (e.g. per-class totals): {@code data} goes to
   * the SARIF run properties under {@code key} (JSON-friendly values only), {@code textLines} to
   * the end of the text output.
   */
  void summary(String key, Object data, List<String> textLines);

  void notify(Notification notification);
}
