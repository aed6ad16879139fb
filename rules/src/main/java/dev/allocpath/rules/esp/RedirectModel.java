package dev.allocpath.rules.esp;

import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.LinkWrap;
import dev.allocpath.model.ProjectModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides, per translation unit and allocator symbol, whether calls reach the default heap or a
 * redirect, from the build as written:
 *
 * <ul>
 *   <li>a force-included header redirects a symbol only when the unit's macros, as the parser saw
 *       them, define that symbol in that header to something other than itself (the content
 *       counts, not the file name);
 *   <li>a link wrap redirects its one symbol in every component when it is declared PUBLIC or
 *       INTERFACE (or globally): ESP-IDF links all components into one ELF. A PRIVATE link option
 *       on a component's static library reaches no link step and redirects nothing.
 * </ul>
 */
final class RedirectModel {
  /** How a symbol is redirected in a unit; {@code where} is a project-relative file:line. */
  record Redirect(String mechanism, String where, String declaredAt) {}

  private final ProjectModel model;
  private final Map<String, LinkWrap> wraps = new TreeMap<>();
  private final Map<String, Map<String, Redirect>> byUnit = new HashMap<>();

  RedirectModel(ProjectModel model, List<UnitFacts> units, List<String> symbols) {
    this.model = model;
    for (Component component : model.components()) {
      for (LinkWrap wrap : component.linkWraps()) {
        if (wrap.scope().propagates()) {
          wraps.merge(wrap.symbol(), wrap, (a, b) -> a.origin().toString().compareTo(b.origin().toString()) <= 0 ? a : b);
        }
      }
    }
    Map<String, List<ForcedInclude>> forcedByUnit = new HashMap<>();
    model.units().forEach(u -> forcedByUnit.put(model.relative(u.source()), u.forcedIncludes()));
    for (UnitFacts unit : units) {
      Map<String, Redirect> redirects = new TreeMap<>();
      for (String symbol : symbols) {
        redirectOf(symbol, unit, forcedByUnit.getOrDefault(unit.unitPath(), List.of()))
            .ifPresent(r -> redirects.put(symbol, r));
      }
      byUnit.put(unit.unitPath(), redirects);
    }
  }

  private Optional<Redirect> redirectOf(String symbol, UnitFacts unit, List<ForcedInclude> forced) {
    LinkWrap wrap = wraps.get(symbol);
    if (wrap != null) {
      return Optional.of(new Redirect("link wrap", wrap.origin().toString(), wrap.origin().toString()));
    }
    for (ForcedInclude include : forced) {
      if (include.file() == null) {
        continue;
      }
      String header = model.relative(include.file());
      for (MacroFact macro : unit.macros()) {
        if (macro.name().equals(symbol) && macro.location().path().equals(header) && redefines(macro)) {
          return Optional.of(new Redirect("forced header",
              header + ":" + macro.location().line(), include.origin().toString()));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code #define malloc malloc} or an empty body sends calls nowhere new. */
  private static boolean redefines(MacroFact macro) {
    String body = macro.expansion().trim();
    return !body.isEmpty() && !body.equals(macro.name()) && !body.startsWith(macro.name() + "(");
  }

  /** The redirect of {@code symbol} in a unit, if any. */
  Optional<Redirect> of(String unitPath, String symbol) {
    return Optional.ofNullable(byUnit.getOrDefault(unitPath, Map.of()).get(symbol));
  }

  /** Every unit's redirects, for the per-component table. */
  Map<String, Redirect> unitRedirects(String unitPath) {
    return byUnit.getOrDefault(unitPath, Map.of());
  }

  List<LinkWrap> globalWraps() {
    return new ArrayList<>(wraps.values());
  }
}
