package dev.allocpath.api;

/** One step of an allocation path (SARIF threadFlowLocation): where, and what happens there. */
public record FlowStep(SourceLocation location, String message) {}
