package dev.allocpath.api;

import dev.allocpath.facts.ProjectFacts;

/**
 * A project-level view built after every rule has run, from the facts and from what the rules
 * found (for example the internal-RAM budget per component and per class). A report publishes
 * summaries only: it never adds findings, so turning one on or off cannot move a baseline.
 * Like rules, reports are stateless; everything they produce goes through the context.
 */
public interface Report {
  /** A stable id ({@code budget}), used in notifications when the report fails. */
  String id();

  void build(ProjectFacts facts, ReportContext context);

  /**
   * Work that needs the facts and settings alone, run beside the rules (the rules take one core
   * for a while, and on two cores the other is free); results are kept with
   * {@link ProjectFacts#derived} so that {@link #build} finds them. Optional: a failure here is
   * ignored, and {@link #build} computes (and reports) it again.
   */
  default void prepare(ProjectFacts facts, Settings settings) {}
}
