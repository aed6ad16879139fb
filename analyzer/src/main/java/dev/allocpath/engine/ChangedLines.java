package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import dev.allocpath.api.FlowStep;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Changed-lines mode, as clang-tidy-diff and Semgrep's diff-aware scans do it: a finding is kept
 * when the change touches its location, one of its flow steps (the allocation path: a wrapper's
 * mutex, the member a handle is kept in) or one of its related locations, or when it lies in a
 * component whose build file changed. Each kept finding says which in its {@link #PROPERTY}
 * property; the findings of the touched files that are left out (they were there before) are
 * counted in a note, so a green hook never hides that they exist.
 */
public final class ChangedLines {
  /** Result property: which of the finding's places the change touches. */
  public static final String PROPERTY = "changedLine";
  /** Notification kind of the count of findings left out. */
  public static final String LEFT_OUT_KIND = "changed-lines";

  private ChangedLines() {}

  /**
   * @param rebuilt findings in a component whose CMakeLists.txt the change touches: kept whole,
   *     since a build change can alter every unit of it
   */
  public static AnalysisResult filter(AnalysisResult result, TouchedLines touched, Predicate<Finding> rebuilt) {
    List<Finding> kept = new ArrayList<>();
    int leftOut = 0;
    for (Finding f : result.findings()) {
      Optional<Finding> marked = marked(f, touched, rebuilt);
      if (marked.isPresent()) {
        kept.add(marked.get());
      } else if (touched.touchesFile(f.location().path())) {
        leftOut++;
      }
    }
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (SuppressedFinding s : result.suppressed()) {
      marked(s.finding(), touched, rebuilt)
          .ifPresent(f -> suppressed.add(new SuppressedFinding(f, s.kind(), s.justification())));
    }
    AnalysisResult out = result.withFindings(kept, suppressed);
    if (leftOut == 0) {
      return out;
    }
    return out.withMoreNotifications(List.of(leftOutNote(leftOut)));
  }

  static Notification leftOutNote(int count) {
    return new Notification(Severity.NOTE, LEFT_OUT_KIND,
        count + " pre-existing " + (count == 1 ? "finding" : "findings") + " in the changed files "
            + (count == 1 ? "is" : "are") + " on lines the change does not touch: left out"
            + " (the whole-file view: scan without --diff-lines/--staged-lines, with a --baseline)",
        null);
  }

  /** The finding with the touched place recorded, or empty when the change does not touch it. */
  private static Optional<Finding> marked(Finding f, TouchedLines touched, Predicate<Finding> rebuilt) {
    Map<String, Object> why = why(f, touched);
    if (why == null && rebuilt.test(f)) {
      why = place("build file of its component", null);
    }
    if (why == null) {
      return Optional.empty();
    }
    Map<String, Object> properties = new LinkedHashMap<>(f.properties());
    properties.put(PROPERTY, why);
    return Optional.of(new Finding(f.ruleId(), f.level(), f.message(), f.location(), f.flow(), f.related(),
        properties, f.identity()));
  }

  private static Map<String, Object> why(Finding f, TouchedLines touched) {
    if (touched.touches(f.location())) {
      return place("location", f.location());
    }
    for (int i = 0; i < f.flow().size(); i++) {
      FlowStep step = f.flow().get(i);
      if (touched.touches(step.location())) {
        return place("flow step " + (i + 1), step.location());
      }
    }
    for (int i = 0; i < f.related().size(); i++) {
      RelatedLocation related = f.related().get(i);
      if (touched.touches(related.location())) {
        return place("related location " + (i + 1), related.location());
      }
    }
    return null;
  }

  private static Map<String, Object> place(String what, SourceLocation at) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", what);
    if (at != null) {
      out.put("path", at.path());
      out.put("line", at.line());
    }
    return out;
  }
}
