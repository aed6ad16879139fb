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
   * Keeps the {@code maxResults} most severe findings (within the level that does not fit whole,
   * an even share per file) in their given order,
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

  /**
   * The most severe findings first, whole levels while they fit; the level that does not fit is
   * shared round robin across files (in path order, each file's findings in their order), so one
   * noisy file cannot push every other file's findings out. The result keeps the given order.
   */
  private static List<Finding> mostSevere(List<Finding> findings, int max) {
    Map<Severity, List<Integer>> byLevel = new java.util.TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < findings.size(); i++) {
      byLevel.computeIfAbsent(findings.get(i).level(), l -> new ArrayList<>()).add(i);
    }
    java.util.BitSet keep = new java.util.BitSet(findings.size());
    int room = max;
    for (List<Integer> level : byLevel.values()) {
      if (room <= 0) {
        break;
      }
      if (level.size() <= room) {
        level.forEach(keep::set);
        room -= level.size();
        continue;
      }
      Map<String, java.util.ArrayDeque<Integer>> byFile = new java.util.TreeMap<>();
      for (int i : level) {
        byFile.computeIfAbsent(findings.get(i).location().path(), f -> new java.util.ArrayDeque<>()).add(i);
      }
      while (room > 0) {
        for (java.util.ArrayDeque<Integer> file : byFile.values()) {
          if (room > 0 && !file.isEmpty()) {
            keep.set(file.poll());
            room--;
          }
        }
      }
    }
    return keep.stream().mapToObj(findings::get).toList();
  }

  /** Files named in the notification; the rest are counted. */
  private static final int FILES_NAMED = 10;

  private static Notification droppedResults(List<Finding> all, List<Finding> kept, int max) {
    Map<Severity, Long> dropped = new EnumMap<>(Severity.class);
    all.forEach(f -> dropped.merge(f.level(), 1L, Long::sum));
    kept.forEach(f -> dropped.merge(f.level(), -1L, Long::sum));
    String byLevel =
        dropped.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
            .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
            .collect(Collectors.joining(", "));
    Map<String, Long> fromFile = new java.util.TreeMap<>();
    java.util.Set<Finding> keptSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    keptSet.addAll(kept);
    all.stream().filter(f -> !keptSet.contains(f)).forEach(f -> fromFile.merge(f.location().path(), 1L, Long::sum));
    List<Map.Entry<String, Long>> files = fromFile.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    String named = files.stream().limit(FILES_NAMED).map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
    String more = files.size() > FILES_NAMED ? " and " + (files.size() - FILES_NAMED) + " more files" : "";
    return new Notification(
        Severity.WARNING,
        KIND,
        "Wrote " + kept.size() + " of " + all.size() + " results (the limit is " + max
            + " per run); dropped the least severe " + (all.size() - kept.size()) + " ("
            + byLevel + "), spread evenly over the files, from " + files.size() + (files.size() == 1 ? " file: " : " files: ") + named + more + ".",
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
