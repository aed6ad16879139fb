package dev.allocpath.sarif;

import java.nio.file.Path;

/**
 * How to write the SARIF log.
 *
 * @param toolVersion {@code tool.driver.semanticVersion}
 * @param category {@code automationDetails.id}; GitHub keeps one set of alerts per tool and
 *     category, so separate analyses of one repository (e.g. two firmware projects) need distinct
 *     categories. A trailing {@code /} is added if missing: GitHub treats the text before the last
 *     slash as the category.
 * @param embedRoot write the absolute {@code file:} URI of the source root into
 *     {@code originalUriBaseIds.SRCROOT}; helps IDE viewers, but makes the bytes machine-specific
 * @param sourceRoot the directory result URIs are relative to (normally the repository root);
 *     {@code null} means the project root. It must be the project root or one of its ancestors.
 * @param maxResults results kept per run (GitHub rejects more than 25,000)
 * @param maxRelatedLocations related locations kept per result
 */
public record SarifOptions(
    String toolVersion,
    String category,
    boolean embedRoot,
    Path sourceRoot,
    int maxResults,
    int maxRelatedLocations) {

  public static final String DEFAULT_CATEGORY = ToolIdentity.NAME + "/";
  public static final int GITHUB_MAX_RESULTS = 25_000;
  public static final int DEFAULT_MAX_RELATED_LOCATIONS = 10;

  public SarifOptions {
    if (toolVersion == null || toolVersion.isBlank()) {
      throw new IllegalArgumentException("tool version must not be empty");
    }
    category = category == null || category.isBlank() ? DEFAULT_CATEGORY : category.strip();
    if (!category.endsWith("/")) {
      category = category + "/";
    }
    if (maxResults < 1 || maxRelatedLocations < 0) {
      throw new IllegalArgumentException(
          "limits must be positive (results " + maxResults + ", related " + maxRelatedLocations + ")");
    }
  }

  /** Deterministic defaults: no absolute paths, URIs relative to the project root, GitHub's limits. */
  public static SarifOptions defaults(String toolVersion) {
    return new SarifOptions(
        toolVersion, DEFAULT_CATEGORY, false, null, GITHUB_MAX_RESULTS, DEFAULT_MAX_RELATED_LOCATIONS);
  }

  public SarifOptions withCategory(String newCategory) {
    return new SarifOptions(
        toolVersion, newCategory, embedRoot, sourceRoot, maxResults, maxRelatedLocations);
  }

  public SarifOptions withEmbedRoot(boolean embed) {
    return new SarifOptions(toolVersion, category, embed, sourceRoot, maxResults, maxRelatedLocations);
  }

  public SarifOptions withSourceRoot(Path root) {
    return new SarifOptions(toolVersion, category, embedRoot, root, maxResults, maxRelatedLocations);
  }

  public SarifOptions withLimits(int results, int relatedLocations) {
    return new SarifOptions(toolVersion, category, embedRoot, sourceRoot, results, relatedLocations);
  }
}
