package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Settings;
import java.util.ArrayList;
import java.util.List;

/** The context one rule sees during one run; it keeps what the rule reports. */
final class CollectingRuleContext implements RuleContext {
  private final RuleInfo info;
  private final Settings settings;
  final List<Finding> findings = new ArrayList<>();
  final List<Summary> summaries = new ArrayList<>();
  final List<Notification> notifications = new ArrayList<>();

  CollectingRuleContext(RuleInfo info, Settings settings) {
    this.info = info;
    this.settings = settings;
  }

  @Override
  public Settings settings() {
    return settings;
  }

  @Override
  public void report(FindingBuilder finding) {
    findings.add(finding.build(info));
  }

  @Override
  public void summary(String key, Object data, List<String> textLines) {
    summaries.add(new Summary(key, data, List.copyOf(textLines)));
  }

  @Override
  public void notify(Notification notification) {
    notifications.add(notification);
  }
}
