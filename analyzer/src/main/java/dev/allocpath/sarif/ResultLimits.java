package dev.allocpath.sarif;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keeps a run within what consumers accept (GitHub rejects a run with more than 25,000 results)
 * and says what was dropped, so a capped log is never silently incomplete. The CLI can call
 * {@link #apply} itself to print the same notifications on stderr.
 */
public final class ResultLimits {
  /** Notification kind of everything this class reports. */
  public static final String KIND = "sarif-limit";

  /** The findings to write (in their original order) and what was said about dropping others. */
  public record Applied(List<Finding> findings, List<Notification> notifications) {}

  private ResultLimits() {}

  /**
   * Keeps the {@code maxResults} most severe findings (ties: earlier first) in their given order,
   * and the first {@code maxRelated} related locations of each; links in messages to dropped
   * related locations become plain text.
   */
  public static Applied apply(List<Finding> findings, int maxResults, int maxRelated) {
    List<Notification> notes = new ArrayList<>();
    List<Finding> kept = findings;
    if (findings.size() > maxResults) {
      kept = mostSevere(findings, maxResults);
      notes.add(droppedResults(findings, kept, maxResults));
    }
    int droppedRelated = 0;
    int trimmedResults = 0;
    List<Finding> trimmed = new ArrayList<>(kept.size());
    for (Finding f : kept) {
      if (f.related().size() > maxRelated) {
        droppedRelated += f.related().size() - maxRelated;
        trimmedResults++;
        trimmed.add(withRelatedCapped(f, maxRelated));
      } else {
        trimmed.add(f);
      }
    }
    if (droppedRelated > 0) {
      notes.add(
          new Notification(
              Severity.WARNING,
              KIND,
              "Dropped " + droppedRelated + " related locations from " + trimmedResults
                  + " results, keeping the first " + maxRelated + " of each.",
              null));
    }
    return new Applied(List.copyOf(trimmed), List.copyOf(notes));
  }

  private static List<Finding> mostSevere(List<Finding> findings, int max) {
    Comparator<Integer> bySeverityThenOrder =
        Comparator.comparing((Integer i) -> findings.get(i).level()).reversed()
            .thenComparing(Comparator.naturalOrder());
    return IntStream.range(0, findings.size()).boxed()
        .sorted(bySeverityThenOrder)
        .limit(max)
        .sorted()
        .map(findings::get)
        .toList();
  }

  private static Notification droppedResults(List<Finding> all, List<Finding> kept, int max) {
    Map<Severity, Long> dropped = new EnumMap<>(Severity.class);
    all.forEach(f -> dropped.merge(f.level(), 1L, Long::sum));
    kept.forEach(f -> dropped.merge(f.level(), -1L, Long::sum));
    String byLevel =
        dropped.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    return new Notification(
        Severity.WARNING,
        KIND,
        "Wrote " + kept.size() + " of " + all.size() + " results (the limit is " + max
            + " per run); dropped the least severe " + (all.size() - kept.size()) + " ("
            + byLevel + ").",
        null);
  }

  private static Finding withRelatedCapped(Finding f, int max) {
    return new Finding(
        f.ruleId(),
        f.level(),
        MessageLinks.dropLinksAbove(f.message(), max),
        f.location(),
        f.flow(),
        f.related().subList(0, max),
        f.properties(),
        f.identity());
  }
}
