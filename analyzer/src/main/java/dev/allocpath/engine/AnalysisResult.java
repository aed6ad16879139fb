package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run, already in deterministic order: findings by (path, line, column, rule
 * id, message), notifications by location then kind, summaries by key, rules by id.
 *
 * @param root absolute project root; outputs print paths relative to it and only reveal the root
 *     itself when asked to
 * @param buildSource {@code cmake} or the compile database the flags came from
 * @param suppressed findings silenced by a comment or a baseline; outputs leave them out unless asked
 */
public record AnalysisResult(
    Path root,
    List<RuleDescriptor> rules,
    List<Finding> findings,
    List<Notification> notifications,
    List<Summary> summaries,
    String buildSource,
    RunStats stats,
    List<SuppressedFinding> suppressed) {

  /** A result with nothing suppressed. */
  public AnalysisResult(
      Path root,
      List<RuleDescriptor> rules,
      List<Finding> findings,
      List<Notification> notifications,
      List<Summary> summaries,
      String buildSource,
      RunStats stats) {
    this(root, rules, findings, notifications, summaries, buildSource, stats, List.of());
  }

  /** The same result without project-wide summaries (for a run that parsed part of the project). */
  public AnalysisResult withoutSummaries() {
    return new AnalysisResult(root, rules, findings, notifications, List.of(), buildSource, stats, suppressed);
  }

  /** The same result with other notifications, sorted as results keep them. */
  public AnalysisResult withNotifications(List<Notification> all) {
    return new AnalysisResult(root, rules, findings, all.stream().sorted().toList(), summaries, buildSource, stats,
        suppressed);
  }

  /** The same result with other findings and suppressions (after suppression or baseline filtering). */
  public AnalysisResult withFindings(List<Finding> kept, List<SuppressedFinding> silenced) {
    return new AnalysisResult(root, rules, kept, notifications, summaries, buildSource, stats, silenced);
  }
}
