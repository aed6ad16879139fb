package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
import dev.allocpath.model.LinkWrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reports C allocation calls that reach the default (internal RAM) heap. */
@RuleInfo(
    id = "esp-unredirected-alloc",
    summary = "An allocation call reaches the default heap because its component has no PSRAM redirect for that function.",
    severity = Severity.WARNING,
    precision = "high",
    tags = {"memory", "internal-ram", "esp-idf", "psram"})
public final class UnredirectedAllocRule implements Rule {

  /** One call site; header code collects every component whose units compile it. */
  private static final class Site {
    final CallFact call;
    /** component → why its units reach the default heap here. */
    final Map<String, UnredirectedReason> unredirected = new TreeMap<>();
    final Set<String> redirected = new TreeSet<>();

    Site(CallFact call) {
      this.call = call;
    }
  }

  /** Messages name the components that redirect the allocator by a macro ({@link RedirectTable}). */
  @Override
  public Set<String> messageContextMacros(Settings settings) {
    return Set.copyOf(AllocatorSymbols.configured(settings));
  }

  @Override
  public void check(ProjectFacts facts, RuleContext context) {
    List<String> symbols = AllocatorSymbols.configured(context.settings());
    RedirectModel redirects = new RedirectModel(facts.model(), facts.units(), symbols);
    Map<String, Site> sites = new TreeMap<>();
    for (UnitFacts unit : facts.units()) {
      for (CallFact call : unit.calls()) {
        if (!isAllocatorCall(call, symbols)) {
          continue;
        }
        Site site = sites.computeIfAbsent(call.location() + "|" + call.callee(), k -> new Site(call));
        Optional<RedirectModel.Redirect> redirect = redirects.of(unit, call.callee());
        if (redirect.isPresent() && redirect.get().isWrap()) {
          site.redirected.add(unit.component());
        } else {
          // The call still names the allocator after macro expansion: no macro redirected it here.
          site.unredirected.putIfAbsent(unit.component(), UnredirectedReason.of(unit, call.callee(), redirect, redirects));
        }
      }
    }
    addMacroRedirectedIncluders(sites, facts, redirects);
    RedirectTable table = new RedirectTable(facts, redirects, symbols);
    for (Site site : sites.values()) {
      if (!site.unredirected.isEmpty()) {
        context.report(finding(site, facts, redirects, table));
      }
    }
    context.summary("redirects", table.data(), table.textLines(redirects.globalWraps()));
  }

  private static boolean isAllocatorCall(CallFact call, List<String> symbols) {
    if (call.receiver() != null || !symbols.contains(call.callee())
        || !AllocatorSymbols.reportedAsCall(call.callee())) {
      return false;
    }
    String written = call.qualifiedCallee().replace(" ", "");
    return written.equals(call.callee()) || written.equals("::" + call.callee())
        || written.equals("std::" + call.callee());
  }

  /**
   * Header code compiled by a component whose macro redirects the call leaves no call fact in
   * that component's units; they still read the header, so they are named as redirected ones.
   */
  private static void addMacroRedirectedIncluders(
      Map<String, Site> sites, ProjectFacts facts, RedirectModel redirects) {
    Map<String, List<UnitFacts>> includers = new HashMap<>();
    for (UnitFacts unit : facts.units()) {
      for (String header : unit.includedFiles()) {
        includers.computeIfAbsent(header, k -> new ArrayList<>()).add(unit);
      }
    }
    for (Site site : sites.values()) {
      for (UnitFacts unit : includers.getOrDefault(site.call.location().path(), List.of())) {
        if (redirects.of(unit, site.call.callee()).isPresent()) {
          site.redirected.add(unit.component());
        }
      }
      site.redirected.removeAll(site.unredirected.keySet());
    }
  }

  private static FindingBuilder finding(Site site, ProjectFacts facts, RedirectModel redirects, RedirectTable table) {
    CallFact call = site.call;
    String symbol = call.callee();
    // A macro named like the symbol (#define malloc(n) malloc(n)) is not worth naming.
    String through = call.macro() == null || call.macro().equals(symbol) ? "" : " (through macro '" + call.macro() + "')";
    StringBuilder message = new StringBuilder("Call to '" + symbol + "'" + through + " allocates from internal RAM: ");
    message.append(String.join("; ", reasonTexts(site, symbol)));
    boolean needsSibling = site.unredirected.values().stream().anyMatch(r -> !r.bypassed());
    Optional<RedirectTable.Sibling> sibling =
        needsSibling ? table.siblingRedirect(symbol, site.unredirected.keySet()) : Optional.empty();
    List<LinkWrap> otherWraps = redirects.globalWraps();
    Optional<LinkWrap> privateWrap = redirects.privateWrap(symbol);
    if (needsSibling) {
      if (sibling.isPresent()) {
        message.append("; '").append(sibling.get().component()).append("' gets one from ")
            .append(siblingSource(sibling.get().redirect()));
      } else {
        message.append("; no component in this build redirects it");
        if (!otherWraps.isEmpty()) {
          message.append("; the link wraps in this build cover only ").append(wrappedSymbols(otherWraps));
        }
      }
      privateWrap.ifPresent(w -> message.append("; the PRIVATE wrap of ").append(symbol).append(" at ")
          .append(w.origin()).append(" reaches no link step (only PUBLIC or INTERFACE link options reach the ELF link)"));
    }
    message.append('.');
    if (!site.redirected.isEmpty()) {
      message.append(" The same code is redirected in '").append(String.join("', '", site.redirected)).append("'.");
    }
    FindingBuilder finding = new FindingBuilder(call.location(), message.toString())
        .identity(call.enclosingFunction() + "|" + symbol + "|" + call.location().path())
        .property("symbol", symbol)
        .property("unredirectedComponents", List.copyOf(site.unredirected.keySet()));
    if (call.macro() != null) {
      finding.property("macro", call.macro());
    }
    Related related = new Related(finding);
    for (var entry : site.unredirected.entrySet()) {
      String name = entry.getKey();
      related.add(registration(facts, name), "Component '" + name + "' is built here.", "'" + name + "'");
      entry.getValue().redirect().ifPresent(r -> related.add(r.definedAtLocation(),
          entry.getValue().bypassed() ? "The redirect macro this call escapes." : "The redirect that is not in force here.",
          entry.getValue().bypassed() ? "the redirect macro" : "its redirect of " + symbol));
    }
    sibling.ifPresent(s -> {
      if (s.redirect().declaredAt() != null) {
        related.add(s.redirect().declaredAt().toLocation(), "'" + s.component() + "' force-includes its redirect here.",
            siblingSource(s.redirect()));
      }
      related.add(s.redirect().definedAtLocation(), "The redirect macro for '" + symbol + "'.", "gets one");
    });
    if (needsSibling && sibling.isEmpty()) {
      otherWraps.forEach(w -> related.add(w.origin().toLocation(), "A link wrap of '" + w.symbol() + "' (only that symbol).",
          w.symbol()));
    }
    if (needsSibling) {
      privateWrap.ifPresent(w -> related.add(w.origin().toLocation(), "A PRIVATE link wrap, which reaches no link step.",
          "the PRIVATE wrap of"));
    }
    return finding;
  }

  private static List<String> reasonTexts(Site site, String symbol) {
    List<String> texts = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (var entry : site.unredirected.entrySet()) {
      if (entry.getValue().redirect().isEmpty()) {
        plain.add(entry.getKey());
      }
    }
    if (!plain.isEmpty()) {
      List<String> forced = plain.size() == 1 ? site.unredirected.get(plain.get(0)).forcedHeaders() : List.of();
      String why = forced.isEmpty()
          ? "no force-included header defines it and no link wrap covers it"
          : "its force-included " + String.join(", ", forced) + (forced.size() == 1 ? " does" : " do")
              + " not define it, and no link wrap covers it";
      texts.add((plain.size() == 1 ? "component '" : "components '") + String.join("', '", plain)
          + (plain.size() == 1 ? "' has" : "' have") + " no PSRAM redirect for " + symbol + " (" + why + ")");
    }
    for (var entry : site.unredirected.entrySet()) {
      entry.getValue().redirect().ifPresent(r -> texts.add(entry.getValue().bypassed()
          ? "component '" + entry.getKey() + "' " + (r.mechanism().equals(RedirectModel.FORCED_HEADER)
              ? "force-includes" : "reads") + " the redirect macro from " + r.where()
              + ", but this call escapes its expansion (as '(" + symbol + ")(...)' does), so it calls the default heap directly"
          : "component '" + entry.getKey() + "' force-includes " + r.header() + ", but its redirect of " + symbol
              + " (line " + r.line() + ") is not in force in this unit (a condition in the header is not met,"
              + " or the unit #undefs it)"));
    }
    return texts;
  }

  private static String siblingSource(RedirectModel.Redirect redirect) {
    return redirect.declaredAt() != null ? redirect.declaredAt().toString() : "the macro at " + redirect.where();
  }

  private static String wrappedSymbols(List<LinkWrap> wraps) {
    Set<String> symbols = new TreeSet<>();
    wraps.forEach(w -> symbols.add(w.symbol()));
    return String.join(", ", symbols);
  }

  private static SourceLocation registration(ProjectFacts facts, String component) {
    Optional<Component> c = facts.model().component(component);
    if (c.isEmpty()) {
      return SourceLocation.ofFile("CMakeLists.txt");
    }
    return c.get().registration() != null
        ? c.get().registration().toLocation()
        : SourceLocation.ofFile(facts.model().relative(c.get().cmakeLists()));
  }

  /** Related locations without repeats (one header can be the reason for several components). */
  private static final class Related {
    private final FindingBuilder finding;
    private final Map<String, Boolean> seen = new LinkedHashMap<>();

    Related(FindingBuilder finding) {
      this.finding = finding;
    }

    /** {@code mention}: the words of the message that name this place (they become its link). */
    void add(SourceLocation where, String what, String mention) {
      if (seen.putIfAbsent(where + "|" + what, Boolean.TRUE) == null) {
        finding.related(where, what, mention);
      }
    }
  }
}
