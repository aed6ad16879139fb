package dev.allocpath.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the parts of a finding; rules hand it to {@link RuleContext#report}. */
public final class FindingBuilder {
  final SourceLocation location;
  final String message;
  final List<FlowStep> flow = new ArrayList<>();
  final List<RelatedLocation> related = new ArrayList<>();
  final Map<String, Object> properties = new LinkedHashMap<>();
  /** Related-location id (1-based, its position) to the words of the message that name it. */
  final Map<Integer, String> mentions = new LinkedHashMap<>();
  Severity level;
  String identity;

  /** {@code message} is one complete sentence (or more), ending with a period. */
  public FindingBuilder(SourceLocation location, String message) {
    this.location = location;
    this.message = message;
  }

  public FindingBuilder step(SourceLocation where, String what) {
    flow.add(new FlowStep(where, what));
    return this;
  }

  public FindingBuilder related(SourceLocation where, String what) {
    related.add(new RelatedLocation(where, what));
    return this;
  }

  /**
   * A related location the message mentions: the first whole-word occurrence of {@code mention}
   * in the message becomes a link to it ({@code [mention](id)}, SARIF's embedded link to
   * {@code relatedLocations[].id}), which GitHub code scanning and the VS Code SARIF viewer show
   * as a link to the place. Text outputs print the mention without the link.
   */
  public FindingBuilder related(SourceLocation where, String what, String mention) {
    related.add(new RelatedLocation(where, what));
    mentions.put(related.size(), mention);
    return this;
  }

  public FindingBuilder property(String key, Object value) {
    properties.put(key, value);
    return this;
  }

  /** Overrides the rule's default level for this finding (e.g. a note for "could not decide"). */
  public FindingBuilder level(Severity newLevel) {
    this.level = newLevel;
    return this;
  }

  /** A location-independent key of what is reported; see {@link Finding#identity()}. */
  public FindingBuilder identity(String key) {
    this.identity = key;
    return this;
  }

  /** Builds the finding for a rule; the id and default level come from its {@link RuleInfo}. */
  public Finding build(RuleInfo info) {
    return new Finding(
        info.id(),
        level == null ? info.severity() : level,
        MentionLinks.link(message, mentions),
        location,
        flow,
        related,
        properties,
        identity == null ? message : identity);
  }
}
