package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Component;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.LinkWrap;
import dev.allocpath.model.Origin;
import dev.allocpath.model.ProjectModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides, per translation unit and allocator symbol, whether calls reach the default heap or a
 * redirect, from the build as written:
 *
 * <ul>
 *   <li>a force-included header redirects a symbol only when the unit's macros, as the parser saw
 *       them, define that symbol in that header to something other than itself (the content
 *       counts, not the file name);
 *   <li>a redirecting macro from any other header the unit reads (one the forced header includes,
 *       or one the source includes itself) redirects the calls after it, so it counts too, as
 *       a header macro;
 *   <li>a link wrap redirects its one symbol in every component when it is declared PUBLIC or
 *       INTERFACE (or globally): ESP-IDF links all components into one ELF. A PRIVATE link option
 *       on a component's static library reaches no link step and redirects nothing.
 * </ul>
 *
 * Units are keyed by component and path: one source listed by two components is two units.
 */
final class RedirectModel {
  static final String LINK_WRAP = "link wrap";
  static final String FORCED_HEADER = "forced header";
  /** A redirect macro from a header that is not itself forced: nested in one, or #included. */
  static final String HEADER_MACRO = "header macro";

  /**
   * How a symbol is redirected in a unit.
   *
   * @param header for a forced header: the project-relative header that defines the macro; null for a wrap
   * @param line the macro's line in {@code header}; 0 for a wrap
   * @param declaredAt the build line of the {@code -include} or of the wrap; null for a header macro
   */
  record Redirect(String mechanism, String header, int line, Origin declaredAt) {
    boolean isWrap() {
      return mechanism.equals(LINK_WRAP);
    }

    /** The header's {@code #define} line, or the wrap's build line. */
    String where() {
      return isWrap() ? declaredAt.toString() : header + ":" + line;
    }

    SourceLocation definedAtLocation() {
      return isWrap() ? declaredAt.toLocation() : SourceLocation.ofLine(header, line);
    }
  }

  private final ProjectModel model;
  private final Map<String, LinkWrap> wraps = new TreeMap<>();
  private final Map<String, LinkWrap> privateWraps = new TreeMap<>();
  private final Map<String, List<ForcedInclude>> forcedByUnit = new HashMap<>();
  private final Map<String, Map<String, Redirect>> byUnit = new HashMap<>();
  /** header → symbol → first live redirecting {@code #define} seen in any unit. */
  private final Map<String, Map<String, MacroFact>> headerDefinitions = new TreeMap<>();

  RedirectModel(ProjectModel model, List<UnitFacts> units, List<String> symbols) {
    this.model = model;
    for (Component component : model.components()) {
      for (LinkWrap wrap : component.linkWraps()) {
        (wrap.scope().propagates() ? wraps : privateWraps).merge(wrap.symbol(), wrap, RedirectModel::earlier);
      }
    }
    for (CompileUnit unit : model.units()) {
      forcedByUnit.put(key(unit.component(), model.relative(unit.source())), unit.forcedIncludes());
    }
    Map<UnitFacts, Map<String, List<MacroFact>>> macrosByUnit = new IdentityHashMap<>();
    for (UnitFacts unit : units) {
      macrosByUnit.put(unit, symbolMacros(unit, symbols));
      recordHeaderDefinitions(unit, macrosByUnit.get(unit));
    }
    for (UnitFacts unit : units) {
      Map<String, Redirect> redirects = new TreeMap<>();
      for (String symbol : symbols) {
        redirectOf(symbol, unit, macrosByUnit.get(unit).getOrDefault(symbol, List.of()))
            .ifPresent(r -> redirects.put(symbol, r));
      }
      byUnit.put(key(unit), redirects);
    }
  }

  /**
   * The unit's macros named like one of the symbols, by name, in the unit's order. Picked out
   * once: a unit defines thousands of macros, and looking through all of them per symbol and
   * forced include was a large part of this rule's time on big projects.
   */
  private static Map<String, List<MacroFact>> symbolMacros(UnitFacts unit, List<String> symbols) {
    Set<String> names = new HashSet<>(symbols);
    Map<String, List<MacroFact>> byName = new HashMap<>();
    for (MacroFact macro : unit.macros()) {
      if (names.contains(macro.name())) {
        byName.computeIfAbsent(macro.name(), k -> new ArrayList<>()).add(macro);
      }
    }
    return byName;
  }

  private static LinkWrap earlier(LinkWrap a, LinkWrap b) {
    return a.origin().toString().compareTo(b.origin().toString()) <= 0 ? a : b;
  }

  private static String key(UnitFacts unit) {
    return key(unit.component(), unit.unitPath());
  }

  private static String key(String component, String unitPath) {
    return component + "|" + unitPath;
  }

  private List<ForcedInclude> forced(UnitFacts unit) {
    return forcedByUnit.getOrDefault(key(unit), List.of());
  }

  private String headerPath(ForcedInclude include) {
    return include.file() == null ? null : model.relative(include.file());
  }

  private void recordHeaderDefinitions(UnitFacts unit, Map<String, List<MacroFact>> symbolMacros) {
    List<MacroFact> macros = symbolMacros.values().stream().flatMap(List::stream).toList();
    for (ForcedInclude include : forced(unit)) {
      String header = headerPath(include);
      for (MacroFact macro : macros) {
        if (header != null && macro.location() != null
            && macro.location().path().equals(header) && redefines(macro)) {
          headerDefinitions.computeIfAbsent(header, k -> new TreeMap<>()).putIfAbsent(macro.name(), macro);
        }
      }
    }
  }

  /** @param named the unit's macros named {@code symbol} */
  private Optional<Redirect> redirectOf(String symbol, UnitFacts unit, List<MacroFact> named) {
    LinkWrap wrap = wraps.get(symbol);
    if (wrap != null) {
      return Optional.of(new Redirect(LINK_WRAP, null, 0, wrap.origin()));
    }
    for (ForcedInclude include : forced(unit)) {
      String header = headerPath(include);
      for (MacroFact macro : named) {
        if (header != null && macro.location() != null
            && macro.location().path().equals(header) && redefines(macro)) {
          return Optional.of(new Redirect(FORCED_HEADER, header, macro.location().line(), include.origin()));
        }
      }
    }
    for (MacroFact macro : named) {
      if (macro.location() != null
          && !macro.location().path().equals(unit.unitPath()) && redefines(macro)) {
        return Optional.of(new Redirect(HEADER_MACRO, macro.location().path(), macro.location().line(), null));
      }
    }
    return Optional.empty();
  }

  /** {@code #define malloc malloc} or an empty body sends calls nowhere new. */
  private static boolean redefines(MacroFact macro) {
    String body = macro.expansion().trim();
    return !body.isEmpty() && !body.equals(macro.name()) && !body.startsWith(macro.name() + "(")
        && !body.startsWith(macro.name() + " (");
  }

  /** The redirect of {@code symbol} in a unit, if any. */
  Optional<Redirect> of(UnitFacts unit, String symbol) {
    return Optional.ofNullable(byUnit.getOrDefault(key(unit), Map.of()).get(symbol));
  }

  /**
   * A forced header of this unit that redirects {@code symbol} in other units but not here (its
   * {@code #define} sits in a branch this unit's definitions do not take, or the unit
   * {@code #undef}s it).
   */
  Optional<Redirect> inactiveHeaderRedirect(UnitFacts unit, String symbol) {
    for (ForcedInclude include : forced(unit)) {
      String header = headerPath(include);
      MacroFact macro = header == null ? null : headerDefinitions.getOrDefault(header, Map.of()).get(symbol);
      if (macro != null) {
        return Optional.of(new Redirect(FORCED_HEADER, header, macro.location().line(), include.origin()));
      }
    }
    return Optional.empty();
  }

  /** The project-relative headers a unit force-includes (those that were found). */
  List<String> forcedHeaders(UnitFacts unit) {
    List<String> headers = new ArrayList<>();
    for (ForcedInclude include : forced(unit)) {
      String header = headerPath(include);
      if (header != null && !headers.contains(header)) {
        headers.add(header);
      }
    }
    return headers;
  }

  /** PUBLIC, INTERFACE and global wraps, which cover their symbol in every component. */
  List<LinkWrap> globalWraps() {
    return new ArrayList<>(wraps.values());
  }

  /** A PRIVATE wrap of {@code symbol} somewhere in the build, which covers nothing. */
  Optional<LinkWrap> privateWrap(String symbol) {
    return Optional.ofNullable(privateWraps.get(symbol));
  }
}
