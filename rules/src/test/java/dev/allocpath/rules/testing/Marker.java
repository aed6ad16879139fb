package dev.allocpath.rules.testing;

import java.util.List;

/**
 * One inline expectation: {@code kind} is expect, ok or expect-todo; {@code id} a rule id or a
 * reserved notification kind (parse-error, ...); {@code line} the line it applies to.
 */
public record Marker(String kind, String file, int line, String id, List<String> substrings, int markerLine) {
  boolean expectsFinding() {
    return kind.equals("expect");
  }
}
