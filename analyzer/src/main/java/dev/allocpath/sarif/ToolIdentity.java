package dev.allocpath.sarif;

/** Who we are in every output: the tool name and the one project URL everything links to. */
public final class ToolIdentity {
  public static final String NAME = "allocpath";

  /** The project home; rule help links and SARIF {@code informationUri} are derived from it. */
  public static final String INFORMATION_URI = "https://github.com/allocpath/allocpath";

  private ToolIdentity() {}

  /** Where a rule's documentation is browsable: its {@code rule-docs/<id>.md} in the repository. */
  public static String ruleHelpUri(String ruleId) {
    return INFORMATION_URI + "/blob/main/rules/src/main/resources/rule-docs/" + ruleId + ".md";
  }
}
