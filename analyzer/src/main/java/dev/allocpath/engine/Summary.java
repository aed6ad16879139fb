package dev.allocpath.engine;

import java.util.List;

/** A rule's project-level summary: JSON-friendly data for SARIF run properties, lines for text. */
public record Summary(String key, Object data, List<String> textLines) {}
