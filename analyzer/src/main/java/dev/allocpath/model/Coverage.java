package dev.allocpath.model;

import java.util.List;

/**
 * What a scan covered of the firmware, so a gap is never silent: the components found and why
 * those that compile nothing do, the C/C++ files under the component directories that no
 * component compiles, the directories skipped by default, and (once analysed) how many units
 * were parsed and how many had parse errors.
 *
 * @param uncompiledSources project-relative, sorted
 * @param unitsAnalysed translation units parsed by the run (0 before the analysis)
 * @param unitsWithParseErrors of those, the units with at least one parse error
 */
public record Coverage(
    List<ComponentCoverage> components,
    List<String> uncompiledSources,
    List<SkippedDirectory> skipped,
    int unitsAnalysed,
    int unitsWithParseErrors) {

  /**
   * One component.
   *
   * @param units translation units the model gives it
   * @param reason why it compiles nothing (null when it compiles something), e.g. "condition false"
   */
  public record ComponentCoverage(String name, String dir, int units, String reason) {}

  /**
   * A directory left out by default ({@code main/}, {@code managed_components/}).
   *
   * @param sources C/C++ files under it
   * @param option what brings it in, e.g. {@code --with-main}
   */
  public record SkippedDirectory(String dir, int sources, String option) {}

  public Coverage {
    components = List.copyOf(components);
    uncompiledSources = List.copyOf(uncompiledSources);
    skipped = List.copyOf(skipped);
  }

  /** Nothing known: a model built by hand (tests) or a run that never reached the build. */
  public static Coverage unknown() {
    return new Coverage(List.of(), List.of(), List.of(), 0, 0);
  }

  /** The same coverage with the analysis counts filled in. */
  public Coverage withAnalysis(int analysed, int withParseErrors) {
    return new Coverage(components, uncompiledSources, skipped, analysed, withParseErrors);
  }

  public long compiling() {
    return components.stream().filter(c -> c.reason() == null).count();
  }

  public List<ComponentCoverage> compilingNothing() {
    return components.stream().filter(c -> c.reason() != null).toList();
  }
}
