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
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
import dev.allocpath.model.LinkWrap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reports allocation calls whose block lands in internal RAM or tries it first, after
 * redirects, the configuration ({@link HeapPlacementModel}), caps and allocation wrappers.
 */
@RuleInfo(
    id = "esp-unredirected-alloc",
    summary = "An allocation's block lands in internal RAM, or tries it first, because no redirect, configuration option or caps argument sends it to PSRAM.",
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
    /** Where the block goes, decided in the first unit that leaves the call unredirected. */
    HeapPlacementModel.Decision decision;
    /** For a call of an allocation wrapper: the wrapper; null for a direct allocator call. */
    AllocationWrappers.Wrapper wrapper;
    /** For a direct call inside a wrapper nothing calls: that wrapper. */
    AllocationWrappers.Wrapper uncalledWrapper;

    Site(CallFact call) {
      this.call = call;
    }

    /** The allocator symbol or function the block comes from. */
    String allocator() {
      return wrapper == null ? call.callee() : wrapper.allocator().callee();
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
    HeapPlacementModel placements = new HeapPlacementModel(facts.model().config());
    TypeIndex types = new TypeIndex(facts);
    AllocationWrappers wrappers = new AllocationWrappers(facts, call -> shape(call, symbols));
    Map<String, Site> sites = new TreeMap<>();
    Map<String, Site> capsSites = new TreeMap<>();
    Map<String, Site> wrapperSites = new TreeMap<>();
    UnitCalls unitCalls = new UnitCalls(facts.units(), wrappers);
    for (UnitFacts unit : facts.units()) {
      SizeFolding sizes = new SizeFolding(unit, types);
      for (CallFact call : unit.calls()) {
        if (isAllocatorCall(call, symbols)) {
          if (wrappers.reportedAtCallers(call)) {
            continue;
          }
          Site site = sites.computeIfAbsent(call.location() + "|" + call.callee(), k -> new Site(call));
          site.uncalledWrapper = wrappers.uncalledWrapperOf(call);
          Optional<RedirectModel.Redirect> redirect = redirects.of(unit, call.callee());
          if (redirect.isPresent() && redirect.get().isWrap()) {
            site.redirected.add(unit.component());
          } else {
            // The call still names the allocator after macro expansion: no macro redirected it here.
            site.unredirected.putIfAbsent(unit.component(), UnredirectedReason.of(unit, call.callee(), redirect, redirects));
            if (site.decision == null) {
              AllocatorCalls.Shape shape = AllocatorCalls.cSymbol(call.callee());
              site.decision = placements.forSymbol(call.callee(),
                  sizes.of(call.arguments(), shape.sizeArguments(), contentSized(call.callee())));
            }
          }
        } else if (isCapsCall(call) && !wrappers.reportedAtCallers(call)) {
          Site site = capsSites.computeIfAbsent(call.location() + "|" + call.callee(), k -> new Site(call));
          if (site.decision == null) {
            site.uncalledWrapper = wrappers.uncalledWrapperOf(call);
            site.decision = capsDecision(call, call, unit, sizes, placements, null);
          }
        } else if (wrappers.wrapper(call) != null && !wrappers.isInnerCall(call)) {
          Site site = wrapperSites.computeIfAbsent(call.location() + "|" + call.callee(), k -> new Site(call));
          if (site.decision == null) {
            site.wrapper = wrappers.wrapper(call);
            judgeWrapperCall(site, unit, unitCalls, sizes, placements, redirects, types);
          }
        }
      }
    }
    addMacroRedirectedIncluders(sites, facts, redirects);
    RedirectTable table = new RedirectTable(facts, redirects, symbols);
    List<Map<String, Object>> onPurpose = new ArrayList<>();
    for (Site site : sites.values()) {
      if (!site.unredirected.isEmpty()) {
        reportIfPlaced(site, finding(site, facts, redirects, table), context);
      }
    }
    for (Site site : wrapperSites.values()) {
      if (site.decision == null) {
        continue;
      }
      if (site.decision.onPurpose()) {
        onPurpose.add(onPurposeEntry(site));
      } else if (AllocatorCalls.isCapsFunction(site.allocator())) {
        reportIfPlaced(site, capsFinding(site), context);
      } else if (!site.unredirected.isEmpty()) {
        reportIfPlaced(site, finding(site, facts, redirects, table), context);
      }
    }
    for (Site site : capsSites.values()) {
      if (site.decision.onPurpose()) {
        onPurpose.add(onPurposeEntry(site));
      } else {
        reportIfPlaced(site, capsFinding(site), context);
      }
    }
    context.summary("redirects", table.data(), table.textLines(redirects.globalWraps()));
    if (!onPurpose.isEmpty()) {
      context.summary(INTERNAL_ON_PURPOSE, onPurpose, onPurposeLines(onPurpose));
    }
  }

  /** The run property listing the calls that ask for internal RAM by their caps (for the budget). */
  static final String INTERNAL_ON_PURPOSE = "internalOnPurpose";

  private static AllocatorCalls.Shape shape(CallFact call, List<String> symbols) {
    if (isAllocatorCall(call, symbols)) {
      return AllocatorCalls.cSymbol(call.callee());
    }
    return isCapsCall(call) ? AllocatorCalls.capsFunction(call.callee()) : null;
  }

  private static boolean isCapsCall(CallFact call) {
    return call.receiver() == null && AllocatorCalls.isCapsFunction(call.callee());
  }

  /** What sizes a block of the symbols sized by content, for the message. */
  private static String contentSized(String symbol) {
    return switch (symbol) {
      case "strdup", "strndup" -> "the length of the copied string";
      case "asprintf", "vasprintf" -> "the length of the formatted text";
      case "getline", "getdelim" -> "the length of the line read";
      default -> "";
    };
  }

  private static HeapPlacementModel.Decision capsDecision(CallFact capsCall, CallFact sizedCall, UnitFacts unit,
      SizeFolding sizes, HeapPlacementModel placements, AllocationSize size) {
    AllocatorCalls.Shape shape = AllocatorCalls.capsFunction(capsCall.callee());
    Map<String, String> initializers = new HashMap<>();
    for (var v : unit.variables()) {
      if (v.isConst() && v.initializer() != null) {
        initializers.putIfAbsent(v.name(), v.initializer());
      }
    }
    CapsReading.Caps caps = shape.capsArgument() < capsCall.arguments().size()
        ? CapsReading.read(capsCall.arguments().get(shape.capsArgument()), initializers::get) : null;
    AllocationSize blockSize = size != null ? size : sizes.of(sizedCall.arguments(), shape.sizeArguments(), "");
    return placements.forCaps(capsCall.callee(), caps, blockSize, capsCall.callee().endsWith("_prefer"));
  }

  /**
   * A call of an allocation wrapper: the size comes from this call's arguments, the heap from
   * the allocator at the bottom, as compiled in the caller's unit when that unit compiles the
   * wrapper (an inline wrapper in a header), else in the unit that defines the wrapper.
   */
  private static void judgeWrapperCall(Site site, UnitFacts unit, UnitCalls unitCalls, SizeFolding sizes,
      HeapPlacementModel placements, RedirectModel redirects, TypeIndex types) {
    AllocationWrappers.Wrapper wrapper = site.wrapper;
    CallFact bottom = wrapper.allocator();
    AllocationSize size = wrapper.constantFactor() == 1 ? null : new AllocationSize(wrapper.constantFactor(), false, null);
    for (int parameter : wrapper.sizeParameters()) {
      AllocationSize one = parameter < site.call.arguments().size()
          ? sizes.of(site.call.arguments().get(parameter)) : AllocationSize.unknown("");
      size = size == null ? one : size.times(one);
    }
    UnitFacts home = unitCalls.has(unit, bottom) ? unit : null;
    if (home == null && unit.includedFiles().contains(bottom.location().path())) {
      return; // this unit compiles the wrapper, and a redirect macro turned its allocator into another call
    }
    home = home != null ? home : unitCalls.firstWith(bottom);
    if (home == null) {
      return;
    }
    if (AllocatorCalls.isCapsFunction(bottom.callee())) {
      site.decision = capsDecision(bottom, bottom, home, new SizeFolding(home, types), placements, size);
      return;
    }
    Optional<RedirectModel.Redirect> redirect = redirects.of(home, bottom.callee());
    if (redirect.isPresent() && redirect.get().isWrap()) {
      return;
    }
    site.unredirected.put(home.component(), UnredirectedReason.of(home, bottom.callee(), redirect, redirects));
    site.decision = placements.forSymbol(bottom.callee(),
        AllocatorCalls.cSymbol(bottom.callee()).sizeArguments().isEmpty()
            ? AllocationSize.unknown(contentSized(bottom.callee())) : size);
  }

  private static void reportIfPlaced(Site site, FindingBuilder finding, RuleContext context) {
    HeapPlacementModel.Decision d = site.decision;
    if (d == null || (!d.warns() && !d.notes())) {
      return;
    }
    finding.property("placement", d.placement().text).property("decidedBy", d.decidedBy());
    if (d.size() != null && d.size().known()) {
      finding.property("size", d.size().bytes());
      if (d.size().estimated()) {
        finding.property("sizeEstimated", true);
      }
    }
    if (d.threshold() != null) {
      finding.property("threshold", d.threshold());
    }
    if (d.notes()) {
      finding.level(Severity.NOTE);
    }
    context.report(finding);
  }

  private static Map<String, Object> onPurposeEntry(Site site) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("location", site.call.location().toString());
    entry.put("call", site.call.callee());
    if (site.wrapper != null) {
      entry.put("allocator", site.allocator());
    }
    entry.put("caps", site.decision.decidedBy());
    if (site.decision.size() != null && site.decision.size().known()) {
      entry.put("size", site.decision.size().bytes());
    }
    return entry;
  }

  private static List<String> onPurposeLines(List<Map<String, Object>> entries) {
    List<String> lines = new ArrayList<>();
    lines.add("Internal RAM on purpose (caps that exclude PSRAM): " + entries.size()
        + (entries.size() == 1 ? " call" : " calls"));
    for (Map<String, Object> e : entries) {
      lines.add("  " + e.get("location") + " " + e.get("call") + " (" + e.get("caps") + ")"
          + (e.containsKey("size") ? ", " + e.get("size") + " bytes" : ""));
    }
    return lines;
  }

  private static FindingBuilder capsFinding(Site site) {
    CallFact call = site.call;
    HeapPlacementModel.Decision d = site.decision;
    String through = call.macro() == null ? "" : " (through macro '" + call.macro() + "')";
    String head = d.placement() == HeapPlacement.UNKNOWN
        ? "Could not tell which heap the call to '" + call.callee() + "'" + through + " allocates from: "
        : "Call to '" + call.callee() + "'" + through + " allocates "
            + (d.size().known() ? d.size().describe() + " " : "") + "from internal RAM first: ";
    String inside = site.uncalledWrapper == null ? "" : " It sits in the allocation wrapper '"
        + site.uncalledWrapper.function().name() + "', which no code outside allocation wrappers calls.";
    FindingBuilder finding = new FindingBuilder(call.location(), head.replace(": ", viaWrapper(site) + ": ")
        + d.clause() + "." + inside)
        .identity(call.enclosingFunction() + "|" + call.callee() + "|" + call.location().path())
        .property("symbol", site.allocator());
    if (site.wrapper != null) {
      finding.property("wrapper", call.callee());
      String size = d.size().known() ? " with a size of " + d.size().describe() : "";
      finding.step(call.location(), "'" + displayFunction(call) + "' calls the allocation wrapper '"
          + call.callee() + "'" + size + ".");
      for (CallFact inner : site.wrapper.chain()) {
        finding.step(inner.location(), "'" + inner.enclosingFunction() + "' passes the size on to '"
            + inner.callee() + "'.");
      }
    }
    return finding;
  }

  /**
   * Which units compile each wrapper's allocator call, to find where that call is compiled. Indexed
   * in one pass over the calls: asking each unit in turn cost a pass over the units per wrapper
   * call (quadratic in the project size).
   */
  private static final class UnitCalls {
    private final Map<CallFact.Site, Set<UnitFacts>> holders = new HashMap<>();
    private final Map<CallFact.Site, UnitFacts> first = new HashMap<>();

    UnitCalls(List<UnitFacts> units, AllocationWrappers wrappers) {
      Set<String> callees = new HashSet<>();
      for (AllocationWrappers.Wrapper wrapper : wrappers.all()) {
        CallFact.Site site = wrapper.allocator().site();
        holders.put(site, Collections.newSetFromMap(new IdentityHashMap<>()));
        callees.add(site.callee());
      }
      for (UnitFacts unit : units) {
        for (CallFact call : unit.calls()) {
          if (callees.contains(call.callee())) {
            CallFact.Site site = call.site();
            Set<UnitFacts> in = holders.get(site);
            if (in != null) {
              in.add(unit);
              first.putIfAbsent(site, unit);
            }
          }
        }
      }
    }

    /** Whether {@code unit} holds {@code allocator}, the allocator call of a wrapper. */
    boolean has(UnitFacts unit, CallFact allocator) {
      return holders.getOrDefault(allocator.site(), Set.of()).contains(unit);
    }

    /** The first unit, in the facts' order, that holds {@code allocator}. */
    UnitFacts firstWith(CallFact allocator) {
      return first.get(allocator.site());
    }
  }

  private static boolean isAllocatorCall(CallFact call, List<String> symbols) {
    if (call.receiver() != null || !symbols.contains(call.callee())
        || !AllocatorSymbols.reportedAsCall(call.callee())) {
      return false;
    }
    String written = call.qualifiedCallee().replace(" ", "");
    if (call.callee().equals("getline") || call.callee().equals("getdelim")) {
      // POSIX getline(&buf, &n, fp); std::getline(stream, string) is C++'s and allocates through new.
      return (written.equals(call.callee()) || written.equals("::" + call.callee()))
          && call.arguments().size() >= 3;
    }
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
    String symbol = site.allocator();
    HeapPlacementModel.Decision decision = site.decision;
    // A macro named like the symbol (#define malloc(n) malloc(n)) is not worth naming.
    String through = call.macro() == null || call.macro().equals(call.callee()) ? "" : " (through macro '" + call.macro() + "')";
    StringBuilder message = new StringBuilder("Call to '" + call.callee() + "'" + through + verb(site)
        + viaWrapper(site) + ": ");
    message.append(String.join("; ", reasonTexts(site, symbol)));
    if (decision != null && !decision.clause().isEmpty()) {
      message.append("; ").append(decision.clause());
    }
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
    if (site.uncalledWrapper != null) {
      message.append(" It sits in the allocation wrapper '").append(site.uncalledWrapper.function().name())
          .append("', which no code outside allocation wrappers calls.");
    }
    FindingBuilder finding = new FindingBuilder(call.location(), message.toString())
        .identity(call.enclosingFunction() + "|" + call.callee() + "|" + call.location().path())
        .property("symbol", symbol)
        .property("unredirectedComponents", List.copyOf(site.unredirected.keySet()));
    if (site.wrapper != null) {
      finding.property("wrapper", call.callee());
      String size = decision.size().known() ? " with a size of " + decision.size().describe() : "";
      finding.step(call.location(), "'" + displayFunction(call) + "' calls the allocation wrapper '"
          + call.callee() + "'" + size + ".");
      for (CallFact inner : site.wrapper.chain()) {
        finding.step(inner.location(), "'" + inner.enclosingFunction() + "' passes the size on to '"
            + inner.callee() + "'.");
      }
    }
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

  /** "allocates from internal RAM", with the size when the configuration made it matter. */
  private static String verb(Site site) {
    HeapPlacementModel.Decision d = site.decision;
    AllocationSize size = d == null ? null : d.size();
    boolean sized = size != null && size.known() && (site.wrapper != null || d.placement() != HeapPlacement.INTERNAL);
    return switch (d == null ? HeapPlacement.INTERNAL : d.placement()) {
      case INTERNAL_FIRST -> " allocates " + (sized ? size.describe() + " " : "") + "from internal RAM first";
      case SIZE_DEPENDENT, UNKNOWN -> " may allocate from internal RAM";
      default -> " allocates " + (sized ? size.describe() + " " : "") + "from internal RAM";
    };
  }

  private static String viaWrapper(Site site) {
    if (site.wrapper == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    names.add(site.call.callee());
    site.wrapper.chain().forEach(c -> names.add(c.callee()));
    return " through the allocation wrapper path '" + String.join("' → '", names) + "'";
  }

  private static String displayFunction(CallFact call) {
    return call.enclosingFunction().isEmpty() ? "file scope" : call.enclosingFunction();
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
