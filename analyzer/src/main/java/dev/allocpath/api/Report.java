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
}
