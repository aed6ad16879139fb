package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
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
  /** A component that redirects a symbol, and where (the -include line, the #define line). */
  record Sibling(String component, String declaredAt, String definedAt) {
    SourceLocation declaredAtLocation() {
      return location(declaredAt);
    }

    SourceLocation definedAtLocation() {
      return location(definedAt);
    }

    private static SourceLocation location(String fileAndLine) {
      int cut = fileAndLine.lastIndexOf(':');
      return SourceLocation.ofLine(fileAndLine.substring(0, cut), Integer.parseInt(fileAndLine.substring(cut + 1)));
    }
  }

  /** component → symbol → state text ("none", "forced header X:3 (-include at Y:9)", ...). */
  private final Map<String, Map<String, String>> states = new TreeMap<>();
  private final Map<String, Map<String, RedirectModel.Redirect>> fullRedirects = new TreeMap<>();
  private final List<String> symbols;

  RedirectTable(ProjectFacts facts, RedirectModel redirects, List<String> symbols) {
    this.symbols = symbols;
    Map<String, List<UnitFacts>> unitsByComponent = new TreeMap<>();
    facts.units().forEach(u -> unitsByComponent.computeIfAbsent(u.component(), k -> new ArrayList<>()).add(u));
    for (Component component : facts.model().components()) {
      List<UnitFacts> units = unitsByComponent.getOrDefault(component.name(), List.of());
      Map<String, String> row = new LinkedHashMap<>();
      Map<String, RedirectModel.Redirect> full = new TreeMap<>();
      for (String symbol : symbols) {
        row.put(symbol, state(units, symbol, redirects, full));
      }
      states.put(component.name(), row);
      fullRedirects.put(component.name(), full);
    }
  }

  private static String state(
      List<UnitFacts> units, String symbol, RedirectModel redirects, Map<String, RedirectModel.Redirect> full) {
    if (units.isEmpty()) {
      return "header-only";
    }
    RedirectModel.Redirect first = null;
    int covered = 0;
    for (UnitFacts unit : units) {
      Optional<RedirectModel.Redirect> r = redirects.of(unit.unitPath(), symbol);
      if (r.isPresent()) {
        covered++;
        first = first == null ? r.get() : first;
      }
    }
    if (covered == 0) {
      return "none";
    }
    String how = first.mechanism().equals("link wrap")
        ? "link wrap at " + first.where()
        : "forced header " + first.where() + " (-include at " + first.declaredAt() + ")";
    if (covered < units.size()) {
      return "partial: " + covered + " of " + units.size() + " units, " + how;
    }
    full.put(symbol, first);
    return how;
  }

  /** The first component (by name) outside {@code except} that redirects {@code symbol} by header. */
  Optional<Sibling> siblingRedirect(String symbol, Set<String> except) {
    for (var entry : fullRedirects.entrySet()) {
      RedirectModel.Redirect r = entry.getValue().get(symbol);
      if (!except.contains(entry.getKey()) && r != null && r.mechanism().equals("forced header")) {
        return Optional.of(new Sibling(entry.getKey(), r.declaredAt(), r.where()));
      }
    }
    return Optional.empty();
  }

  Object data() {
    return states;
  }

  List<String> textLines() {
    List<String> lines = new ArrayList<>();
    for (var entry : states.entrySet()) {
      Map<String, List<String>> byState = new LinkedHashMap<>();
      entry.getValue().forEach((symbol, state) -> byState.computeIfAbsent(state, k -> new ArrayList<>()).add(symbol));
      if (byState.size() == 1 && byState.containsKey("header-only")) {
        lines.add(entry.getKey() + ": header-only, no redirect state of its own");
        continue;
      }
      List<String> parts = new ArrayList<>();
      byState.forEach((state, syms) -> parts.add(
          (state.equals("none") ? "default heap (no redirect)" : state) + ": " + String.join(", ", syms)));
      lines.add(entry.getKey() + ": " + String.join("; ", parts));
    }
    return lines;
  }
}
