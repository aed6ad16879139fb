package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.model.Coverage;
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
 * @param coverage what the build compiles, what it leaves out, and how many units were analysed
 */
public record AnalysisResult(
    Path root,
    List<RuleDescriptor> rules,
    List<Finding> findings,
    List<Notification> notifications,
    List<Summary> summaries,
    String buildSource,
    RunStats stats,
    List<SuppressedFinding> suppressed,
    Coverage coverage) {

  /** A result without coverage figures. */
  public AnalysisResult(
      Path root,
      List<RuleDescriptor> rules,
      List<Finding> findings,
      List<Notification> notifications,
      List<Summary> summaries,
      String buildSource,
      RunStats stats,
      List<SuppressedFinding> suppressed) {
    this(root, rules, findings, notifications, summaries, buildSource, stats, suppressed, Coverage.unknown());
  }

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

  /**
   * The same result without project-wide summaries (for a run that parsed part of the project);
   * the configuration used is kept, since it describes the run, not the project's totals.
   */
  public AnalysisResult withoutSummaries() {
    List<Summary> kept = summaries.stream().filter(s -> s.key().equals(ConfigurationSummary.KEY)).toList();
    return new AnalysisResult(root, rules, findings, notifications, kept, buildSource, stats, suppressed, coverage);
  }

  /** The same result with {@code more} notifications (kept sorted, as every output expects). */
  public AnalysisResult withMoreNotifications(List<Notification> more) {
    if (more.isEmpty()) {
      return this;
    }
    java.util.TreeSet<Notification> all = new java.util.TreeSet<>(notifications);
    all.addAll(more);
    return new AnalysisResult(root, rules, findings, List.copyOf(all), summaries, buildSource, stats, suppressed, coverage);
  }

  /** The same result with other findings and suppressions (after suppression or baseline filtering). */
  public AnalysisResult withFindings(List<Finding> kept, List<SuppressedFinding> silenced) {
    return new AnalysisResult(root, rules, kept, notifications, summaries, buildSource, stats, silenced, coverage);
  }
}
