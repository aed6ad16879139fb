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
 */
public record AnalysisResult(
    Path root,
    List<RuleDescriptor> rules,
    List<Finding> findings,
    List<Notification> notifications,
    List<Summary> summaries,
    String buildSource,
    RunStats stats) {}
