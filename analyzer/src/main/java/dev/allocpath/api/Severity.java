package dev.allocpath.api;

import java.util.Locale;

/** How serious a finding is; the order matters for {@code --fail-on}. */
public enum Severity {
  NOTE,
  WARNING,
  ERROR;

  /** The SARIF {@code level} / clang-style word for this severity. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (allowed: note, warning, error)");
  }
}
