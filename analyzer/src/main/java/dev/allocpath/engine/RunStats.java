package dev.allocpath.engine;

/** What a run covered: parsed translation units, their source lines, and the wall time. */
public record RunStats(int units, long lines, long millis) {}
