package dev.allocpath.engine;

import dev.allocpath.api.Finding;

/**
 * A finding the user silenced.
 *
 * @param kind SARIF suppression kind: {@code inSource} (a comment) or {@code external} (a baseline)
 * @param justification the reason the user wrote, may be empty
 */
public record SuppressedFinding(Finding finding, String kind, String justification) {}
