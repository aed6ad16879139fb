package dev.allocpath.api;

import java.util.List;
import java.util.Map;

/**
 * One reported problem. Rules create it through {@link RuleContext#report}; the engine fills in
 * the rule id and level from the rule's {@link RuleInfo} so they are never restated.
 *
 * @param identity a location-independent key of what is reported (e.g. the member's qualified
 *     name); the stable fingerprint used by baselines is derived from it, so moving code does not
 *     resurrect a baselined finding
 * @param properties extra facts (e.g. estimated bytes), emitted as SARIF result properties;
 *     values must be JSON-friendly (String, Number, Boolean, List, Map)
 */
public record Finding(
    String ruleId,
    Severity level,
    String message,
    SourceLocation location,
    List<FlowStep> flow,
    List<RelatedLocation> related,
    Map<String, Object> properties,
    String identity) {

  public Finding {
    flow = List.copyOf(flow);
    related = List.copyOf(related);
    properties = Map.copyOf(properties);
  }
}
