package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.ReportContext;
import dev.allocpath.api.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The context one report sees during one run: the rules' output, and what the report publishes. */
final class CollectingReportContext implements ReportContext {
  private final Settings settings;
  private final List<Finding> findings;
  private final List<Summary> ruleSummaries;
  final List<Summary> summaries = new ArrayList<>();
  final List<Notification> notifications = new ArrayList<>();

  CollectingReportContext(Settings settings, List<Finding> findings, List<Summary> ruleSummaries) {
    this.settings = settings;
    this.findings = List.copyOf(findings);
    this.ruleSummaries = List.copyOf(ruleSummaries);
  }

  @Override
  public Settings settings() {
    return settings;
  }

  @Override
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public Optional<Object> ruleSummary(String key) {
    return ruleSummaries.stream().filter(s -> s.key().equals(key)).map(Summary::data).findFirst();
  }

  @Override
  public void publish(String key, Object data, List<String> textLines) {
    summaries.add(new Summary(key, data, List.copyOf(textLines)));
  }

  @Override
  public void notify(Notification notification) {
    notifications.add(notification);
  }
}
