package dev.allocpath.rules.esp;

import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-component redirect state of every allocator symbol: what the project summary shows
 * and where a finding points for "how the others do it".
 */
final class RedirectTable {
  /** A component that redirects a symbol in every unit it compiles, and how. */
  record Sibling(String component, RedirectModel.Redirect redirect) {}

  /** component → symbol → state text ("none", "forced header X (-include at Y:9)", ...). */
  private final Map<String, Map<String, String>> states = new TreeMap<>();
  private final Map<String, Map<String, RedirectModel.Redirect>> fullRedirects = new TreeMap<>();

  RedirectTable(ProjectFacts facts, RedirectModel redirects, List<String> symbols) {
    Map<String, List<UnitFacts>> unitsByComponent = new TreeMap<>();
    facts.units().forEach(u -> unitsByComponent.computeIfAbsent(u.component(), k -> new ArrayList<>()).add(u));
    for (Component component : facts.model().components()) {
      List<UnitFacts> units = unitsByComponent.getOrDefault(component.name(), List.of());
      Map<String, String> row = new LinkedHashMap<>();
      Map<String, RedirectModel.Redirect> full = new TreeMap<>();
      for (String symbol : symbols) {
        row.put(symbol, state(component, units, symbol, redirects, full));
      }
      states.put(component.name(), row);
      fullRedirects.put(component.name(), full);
    }
  }

  private static String state(Component component, List<UnitFacts> units, String symbol,
      RedirectModel redirects, Map<String, RedirectModel.Redirect> full) {
    if (component.headerOnly()) {
      return "header-only";
    }
    if (units.isEmpty()) {
      return "not parsed";
    }
    RedirectModel.Redirect first = null;
    int covered = 0;
    for (UnitFacts unit : units) {
      Optional<RedirectModel.Redirect> r = redirects.of(unit, symbol);
      if (r.isPresent()) {
        covered++;
        first = first == null ? r.get() : first;
      }
    }
    if (covered == 0) {
      return "none";
    }
    String how = describe(first);
    if (covered < units.size()) {
      return "partial: " + covered + " of " + units.size() + " units, " + how;
    }
    full.put(symbol, first);
    return how;
  }

  private static String describe(RedirectModel.Redirect r) {
    return switch (r.mechanism()) {
      case RedirectModel.LINK_WRAP -> "link wrap at " + r.declaredAt();
      case RedirectModel.FORCED_HEADER -> "forced header " + r.header() + " (-include at " + r.declaredAt() + ")";
      default -> "macro from header " + r.header();
    };
  }

  /**
   * The first component (by name) outside {@code except} whose every unit redirects
   * {@code symbol} by a macro; wraps cover everyone, so they are never a sibling's own.
   */
  Optional<Sibling> siblingRedirect(String symbol, Set<String> except) {
    Sibling byHeader = null;
    for (var entry : fullRedirects.entrySet()) {
      RedirectModel.Redirect r = entry.getValue().get(symbol);
      if (except.contains(entry.getKey()) || r == null || r.isWrap()) {
        continue;
      }
      if (r.mechanism().equals(RedirectModel.FORCED_HEADER)) {
        return Optional.of(new Sibling(entry.getKey(), r));
      }
      byHeader = byHeader == null ? new Sibling(entry.getKey(), r) : byHeader;
    }
    return Optional.ofNullable(byHeader);
  }

  Object data() {
    return states;
  }

  /**
   * One line per component. Link wraps are the same for every component (one ELF), so they are
   * listed once up front and shown as "link wrap" in the rows.
   */
  List<String> textLines(List<dev.allocpath.model.LinkWrap> wraps) {
    List<String> lines = new ArrayList<>();
    lines.add("C allocator redirects by component (" + states.size()
        + (states.size() == 1 ? " component):" : " components):"));
    if (!wraps.isEmpty()) {
      List<String> parts = new ArrayList<>();
      wraps.forEach(w -> parts.add(w.symbol() + " (" + w.origin() + ")"));
      lines.add("  link wraps for the whole program: " + String.join(", ", parts));
    }
    for (var entry : states.entrySet()) {
      Map<String, List<String>> byState = new LinkedHashMap<>();
      entry.getValue().forEach((symbol, state) -> byState
          .computeIfAbsent(state.startsWith("link wrap at ") ? "link wrap" : state, k -> new ArrayList<>()).add(symbol));
      if (byState.size() == 1 && byState.containsKey("header-only")) {
        lines.add("  " + entry.getKey() + ": header-only, no redirect state of its own");
        continue;
      }
      List<String> parts = new ArrayList<>();
      byState.forEach((state, syms) -> parts.add(
          (state.equals("none") ? "default heap (no redirect)" : state) + ": " + String.join(", ", syms)));
      lines.add("  " + entry.getKey() + ": " + String.join("; ", parts));
    }
    return lines;
  }

}
