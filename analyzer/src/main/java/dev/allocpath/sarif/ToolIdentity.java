package dev.allocpath.sarif;

/** Who we are in every output: the tool name and the one project URL everything links to. */
public final class ToolIdentity {
  public static final String NAME = "allocpath";

  /** The project home; rule help links and SARIF {@code informationUri} are derived from it. */
  public static final String INFORMATION_URI = "https://github.com/allocpath/allocpath";

  private ToolIdentity() {}

  /**
   * Where a rule's documentation is browsable: its {@code rule-docs/<id>.md} at the release tag
   * {@code v<version>}, so a report links the text of the rule that produced it, not whatever
   * {@code main} says later. Each release is tagged so (see CHANGELOG.md).
   */
  public static String ruleHelpUri(String version, String ruleId) {
    return INFORMATION_URI + "/blob/v" + version + "/rules/src/main/resources/rule-docs/" + ruleId + ".md";
  }
}
