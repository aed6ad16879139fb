package dev.allocpath.rules.esp;

import dev.allocpath.api.FindingBuilder;
import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleContext;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
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
    final Set<String> unredirected = new TreeSet<>();
    final Set<String> redirected = new TreeSet<>();
    final Map<String, RedirectModel.Redirect> bypassed = new TreeMap<>();

    Site(CallFact call) {
      this.call = call;
    }
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
        Optional<RedirectModel.Redirect> redirect = redirects.of(unit.unitPath(), call.callee());
        if (redirect.isPresent() && redirect.get().mechanism().equals("link wrap")) {
          site.redirected.add(unit.component());
        } else {
          // The call still names the allocator after macro expansion: no macro redirected it here.
          site.unredirected.add(unit.component());
          redirect.ifPresent(r -> site.bypassed.put(unit.component(), r));
        }
      }
    }
    RedirectTable table = new RedirectTable(facts, redirects, symbols);
    for (Site site : sites.values()) {
      if (!site.unredirected.isEmpty()) {
        context.report(finding(site, facts, table));
      }
    }
    context.summary("redirects", table.data(), table.textLines());
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

  private static FindingBuilder finding(Site site, ProjectFacts facts, RedirectTable table) {
    CallFact call = site.call;
    String symbol = call.callee();
    String components = String.join("', '", site.unredirected);
    String through = call.macro() == null ? "" : " (through macro '" + call.macro() + "')";
    StringBuilder message = new StringBuilder("Call to '" + symbol + "'" + through + " allocates from internal RAM: ");
    if (!site.bypassed.isEmpty()) {
      RedirectModel.Redirect r = site.bypassed.values().iterator().next();
      message.append("it is not expanded by the redirect macro from ").append(r.where())
          .append(", so it calls the default heap directly.");
    } else {
      message.append("component").append(site.unredirected.size() > 1 ? "s '" : " '").append(components)
          .append("' ").append(site.unredirected.size() > 1 ? "have" : "has")
          .append(" no PSRAM redirect for ").append(symbol)
          .append(" (no force-included header defines it and no link wrap covers it)");
      Optional<RedirectTable.Sibling> sibling = table.siblingRedirect(symbol, site.unredirected);
      message.append(sibling.map(s -> "; '" + s.component() + "' gets one from " + s.declaredAt() + ".")
          .orElse("; no component in this build redirects it."));
    }
    if (!site.redirected.isEmpty()) {
      message.append(" The same code is redirected in '").append(String.join("', '", site.redirected)).append("'.");
    }
    FindingBuilder finding = new FindingBuilder(call.location(), message.toString())
        .identity(call.enclosingFunction() + "|" + symbol + "|" + call.location().path())
        .property("symbol", symbol)
        .property("unredirectedComponents", List.copyOf(site.unredirected));
    if (call.macro() != null) {
      finding.property("macro", call.macro());
    }
    for (String name : site.unredirected) {
      facts.model().component(name).map(Component::cmakeLists).ifPresent(cmake ->
          finding.related(registration(facts, name), "Build of component '" + name + "'."));
    }
    table.siblingRedirect(symbol, site.unredirected).ifPresent(s -> finding
        .related(s.declaredAtLocation(), "'" + s.component() + "' force-includes its redirect here.")
        .related(s.definedAtLocation(), "The redirect macro for '" + symbol + "'."));
    return finding;
  }

  private static SourceLocation registration(ProjectFacts facts, String component) {
    Component c = facts.model().component(component).orElseThrow();
    return c.registration() != null
        ? c.registration().toLocation()
        : SourceLocation.ofFile(facts.model().relative(c.cmakeLists()));
  }
}
