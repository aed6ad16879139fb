package dev.allocpath.report;

import dev.allocpath.model.Coverage;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage line of the text report: one line saying what was analysed, and a second one only
 * when something was left out. With details (--summary) every component that compiles nothing
 * and every source no component compiles is listed.
 */
final class CoverageText {
  /** Components named on the short line; the rest are counted ("and 2 more"). */
  private static final int NAMED = 3;
  /** Files listed with details; a large tree of tests or examples would otherwise fill the screen. */
  private static final int LISTED = 50;

  private CoverageText() {}

  static boolean known(Coverage c) {
    return c != null && !(c.components().isEmpty() && c.skipped().isEmpty() && c.uncompiledSources().isEmpty()
        && c.unitsAnalysed() == 0);
  }

  static List<String> lines(Coverage c, boolean details) {
    List<String> lines = new ArrayList<>();
    if (!known(c)) {
      return lines;
    }
    List<Coverage.ComponentCoverage> nothing = c.compilingNothing();
    StringBuilder first = new StringBuilder("Coverage: ")
        .append(count(c.components().size(), "component", "components")).append(", ")
        .append(c.compiling()).append(" compiling sources");
    if (!nothing.isEmpty()) {
      first.append(", ").append(nothing.size()).append(" compiling nothing (");
      List<String> named = new ArrayList<>();
      for (Coverage.ComponentCoverage n : nothing.subList(0, Math.min(NAMED, nothing.size()))) {
        named.add(n.name() + ": " + n.reason());
      }
      first.append(String.join(", ", named));
      if (nothing.size() > NAMED) {
        first.append(", and ").append(nothing.size() - NAMED).append(" more");
      }
      first.append(')');
    }
    first.append("; ").append(count(c.unitsAnalysed(), "unit", "units")).append(" analysed, ")
        .append(c.unitsWithParseErrors()).append(" with parse errors.");
    lines.add(first.toString());

    List<String> left = new ArrayList<>();
    if (!c.uncompiledSources().isEmpty()) {
      left.add(count(c.uncompiledSources().size(), "source", "sources")
          + " under the component directories compiled by no component");
    }
    for (Coverage.SkippedDirectory s : c.skipped()) {
      left.add(s.dir() + " skipped (" + count(s.sources(), "source", "sources") + "; " + s.option() + " analyses it)");
    }
    if (!left.isEmpty()) {
      lines.add("Not analysed: " + String.join("; ", left) + ".");
    }
    if (details) {
      for (Coverage.ComponentCoverage n : nothing) {
        lines.add("  component " + n.name() + " (" + n.dir() + "): compiles nothing, " + n.reason());
      }
      List<String> files = c.uncompiledSources();
      for (String file : files.subList(0, Math.min(LISTED, files.size()))) {
        lines.add("  not compiled: " + file);
      }
      if (files.size() > LISTED) {
        lines.add("  ... and " + (files.size() - LISTED) + " more not compiled (all in the SARIF run properties)");
      }
    }
    return lines;
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
