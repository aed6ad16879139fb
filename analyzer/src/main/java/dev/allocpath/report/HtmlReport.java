package dev.allocpath.report;

import static dev.allocpath.report.Html.escape;
import static dev.allocpath.report.Html.number;
import static dev.allocpath.report.Html.plural;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ConfigurationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The internal-RAM budget as one self-contained HTML page: the configuration and coverage the
 * figures rest on, summary figures, a bar chart of estimated bytes per component and of bytes per
 * class instance, the ownership trees of the biggest owners, the tables behind the charts, and
 * every cost constant. No script and no external asset (it opens offline, from a CI artifact);
 * all text is escaped.
 */
public final class HtmlReport {
  /** Classes drawn in the chart; the table below lists every one. */
  static final int MAX_CHART_CLASSES = 15;
  static final int MAX_TREES = 5;

  public void write(AnalysisResult result, OutputStream out) throws IOException {
    out.write(render(result).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  public String render(AnalysisResult result) {
    BudgetView budget = new BudgetView(JsonReport.budgetData(result));
    String project = result.root() == null || result.root().getFileName() == null
        ? "project" : result.root().getFileName().toString();
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Internal-RAM budget: ").append(escape(project)).append("</title>\n")
        .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<header><h1>Internal-RAM budget</h1><p class=\"sub\">").append(escape(project))
        .append(" · static estimate by allocpath · bytes of internal RAM</p></header>\n");
    basis(result, html);
    if (!budget.present) {
      html.append("<p class=\"empty\" id=\"no-budget\">This run built no budget: the budget report did not run.</p>\n");
    } else {
      cards(budget, html);
      components(budget, html);
      classes(budget, html);
      trees(budget, html);
      statics(budget, html);
      bill(budget, html);
      costs(budget, html);
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * What the figures rest on, above them: where an allocation lands depends on the configuration
   * (PSRAM, {@code CONFIG_SPIRAM_USE_MALLOC}), and the totals only count the code the run covered.
   */
  private static void basis(AnalysisResult result, StringBuilder html) {
    String configuration = ConfigurationSummary.textOf(result.summaries());
    List<String> coverage = CoverageText.lines(result.coverage(), false);
    if (configuration == null && coverage.isEmpty()) {
      return;
    }
    html.append("<section id=\"basis\" class=\"note\">");
    if (configuration != null) {
      html.append("<p id=\"configuration\">").append(escape(configuration)).append("</p>");
    }
    for (String line : coverage) {
      html.append("<p class=\"coverage\">").append(escape(line)).append("</p>");
    }
    html.append("</section>\n");
  }

  private static void cards(BudgetView b, StringBuilder html) {
    html.append("<section class=\"cards\" id=\"totals\">\n");
    card(html, "estimated-bytes", number(b.total("estimatedBytes")) + (b.totalUsesEstimates() ? "*" : ""),
        "bytes estimated", "whole objects, static primitives and leaked threads");
    card(html, "primitives", number(b.total("wholeObjectPrimitives")), "mutexes and condition variables",
        "one instance of each class, " + number(b.total("wholeObjectBytes")) + " bytes");
    card(html, "leaked-threads", number(b.total("leakedThreads")), "leaked thread control blocks",
        number(b.total("leakedThreadBytes")) + " bytes");
    card(html, "raw-allocations", number(b.total("rawAllocationSites")), "raw allocation sites",
        "C heap calls with no PSRAM redirect");
    card(html, "static-heap", number(b.total("staticHeapObjects")), "static heap objects",
        "containers on the default operator new");
    html.append("</section>\n");
  }

  private static void card(StringBuilder html, String id, String figure, String what, String detail) {
    html.append("<div class=\"card\" id=\"card-").append(id).append("\"><div class=\"figure\">").append(escape(figure))
        .append("</div><div class=\"what\">").append(escape(what)).append("</div><div class=\"detail\">")
        .append(escape(detail)).append("</div></div>\n");
  }

  private static void components(BudgetView b, StringBuilder html) {
    html.append("<section id=\"components\">\n<h2>Per component</h2>\n");
    SvgBarChart chart = new SvgBarChart("component-chart", "Estimated internal-RAM bytes per component", List.of(
        new SvgBarChart.Part("whole objects' primitives", "part-objects"),
        new SvgBarChart.Part("static primitives", "part-static"),
        new SvgBarChart.Part("leaked thread control blocks", "part-threads")));
    for (BudgetView.ComponentRow c : b.components) {
      chart.row(c.name(), number(c.estimatedBytes()) + (c.usesEstimates() ? "*" : "") + " B",
          c.wholeObjects().bytes(), c.staticPrimitives().bytes(), c.leakedThreadBytes());
    }
    html.append(chart.legend()).append(chart.render());
    html.append("<div class=\"table-scroll\"><table class=\"data\" id=\"component-table\">\n<thead><tr><th>Component</th><th>Malloc redirect</th>")
        .append("<th class=\"num\">Raw alloc sites</th><th class=\"num\">Mutex classes</th>")
        .append("<th class=\"num\">Primitives</th><th class=\"num\">Static</th>")
        .append("<th class=\"num\">Leaked threads</th><th class=\"num\">Static heap objs</th>")
        .append("<th class=\"num\">Est. bytes</th></tr></thead>\n<tbody>\n");
    for (BudgetView.ComponentRow c : b.components) {
      String redirectClass = c.redirect().equals("none") ? "bad" : c.unredirected().isEmpty() ? "good" : "warn";
      html.append("<tr data-component=\"").append(escape(c.name())).append("\"><td>").append(escape(c.name()))
          .append("</td><td><span class=\"pill ").append(redirectClass).append("\"")
          .append(c.unredirected().isEmpty() ? "" : " title=\"default heap: " + escape(String.join(", ", c.unredirected())) + "\"")
          .append(">").append(escape(c.redirect())).append("</span></td>")
          .append(num(c.rawAllocationSites())).append(num(c.mutexClasses())).append(num(c.wholeObjects().primitives()))
          .append(num(c.staticPrimitives().primitives()))
          .append("<td class=\"num\">").append(number(c.leakedThreads()))
          .append(c.undecidedThreads() > 0 ? " <small>+" + number(c.undecidedThreads()) + " undecided</small>" : "")
          .append("</td>").append(num(c.staticHeapObjects()))
          .append("<td class=\"num strong\">").append(number(c.estimatedBytes())).append(c.usesEstimates() ? "*" : "")
          .append("</td></tr>\n");
    }
    html.append("<tr class=\"total\"><td>Total</td><td></td>").append(num(b.total("rawAllocationSites")))
        .append(num(b.total("mutexClasses"))).append(num(b.total("wholeObjectPrimitives")))
        .append(num(b.total("staticPrimitives"))).append(num(b.total("leakedThreads")))
        .append(num(b.total("staticHeapObjects"))).append("<td class=\"num strong\">")
        .append(number(b.total("estimatedBytes"))).append(b.totalUsesEstimates() ? "*" : "").append("</td></tr>\n")
        .append("</tbody>\n</table></div>\n<p class=\"note\">* includes estimated costs (see the table of costs).</p>\n")
        .append("</section>\n");
  }

  private static void classes(BudgetView b, StringBuilder html) {
    html.append("<section id=\"classes\">\n<h2>Per class: one instance</h2>\n");
    if (b.classes.isEmpty()) {
      html.append("<p class=\"empty\">No class holds or owns a mutex or condition variable.</p>\n</section>\n");
      return;
    }
    SvgBarChart chart = new SvgBarChart("class-chart", "Bytes per class instance, by value and through owned objects",
        List.of(new SvgBarChart.Part("held by value", "part-value"),
            new SvgBarChart.Part("through owned objects", "part-owned")));
    for (BudgetView.ClassRow c : b.classes.subList(0, Math.min(MAX_CHART_CLASSES, b.classes.size()))) {
      chart.row(c.className(), number(c.reachable().bytes()) + " B", c.byValue().bytes(),
          c.reachable().bytes() - c.byValue().bytes());
    }
    html.append(chart.legend()).append(chart.render());
    if (b.classes.size() > MAX_CHART_CLASSES) {
      html.append("<p class=\"note\">The chart shows the ").append(MAX_CHART_CLASSES)
          .append(" costliest classes; the table lists all ").append(b.classes.size()).append(".</p>\n");
    }
    html.append("<table class=\"data\" id=\"class-table\">\n<thead><tr><th>Class</th><th>Component</th>")
        .append("<th class=\"num\">By value</th><th class=\"num\">Bytes</th><th class=\"num\">Reachable</th>")
        .append("<th class=\"num\">Bytes</th><th>By-value paths</th></tr></thead>\n<tbody>\n");
    for (BudgetView.ClassRow c : b.classes) {
      html.append("<tr data-class=\"").append(escape(c.className())).append("\"><td><code>")
          .append(escape(c.className())).append("</code><div class=\"loc\">").append(escape(c.location()))
          .append(c.partOf() == null ? "" : " · " + escape(c.partOf())).append("</div></td><td>")
          .append(escape(c.component())).append("</td>").append(num(c.byValue().primitives()))
          .append(num(c.byValue().bytes())).append(num(c.reachable().primitives()))
          .append("<td class=\"num strong\">").append(number(c.reachable().bytes())).append("</td><td>");
      if (!c.members().isEmpty()) {
        long paths = c.members().stream().mapToLong(m -> m.paths().size()).sum();
        html.append("<details><summary>").append(escape(plural(paths, "path", "paths")))
            .append("</summary><ul class=\"paths\">");
        for (BudgetView.Member m : c.members()) {
          for (String path : m.paths()) {
            html.append("<li><code>").append(escape(path)).append("</code></li>");
          }
        }
        html.append("</ul></details>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void trees(BudgetView b, StringBuilder html) {
    Set<String> ownedElsewhere = new HashSet<>();
    b.classes.forEach(c -> c.owns().forEach(n -> collectCounted(n, ownedElsewhere)));
    List<BudgetView.ClassRow> owners = b.classes.stream()
        .filter(c -> c.reachable().primitives() > c.byValue().primitives() && c.wholeObject())
        .filter(c -> !ownedElsewhere.contains(c.className()))
        .limit(MAX_TREES).toList();
    if (owners.isEmpty()) {
      return;
    }
    html.append("<section id=\"ownership\">\n<h2>Where the primitives of an owner come from</h2>\n");
    for (BudgetView.ClassRow owner : owners) {
      html.append("<div class=\"tree-box\" data-owner=\"").append(escape(owner.className())).append("\">")
          .append("<h3><code>").append(escape(owner.className())).append("</code>: ")
          .append(escape(plural(owner.reachable().primitives(), "primitive", "primitives"))).append(", ")
          .append(escape(number(owner.reachable().bytes()))).append(" bytes per instance</h3>\n")
          .append("<ul class=\"tree\"><li><span class=\"node counted\"><strong>")
          .append(escape(owner.className())).append("</strong> <span class=\"fig\">")
          .append(escape(figure(owner.byValue()))).append(" by value</span></span>");
      branch(owner.owns(), html);
      html.append("</li></ul></div>\n");
    }
    html.append("</section>\n");
  }

  private static void branch(List<BudgetView.Owned> nodes, StringBuilder html) {
    if (nodes.isEmpty()) {
      return;
    }
    html.append("<ul>");
    for (BudgetView.Owned n : nodes) {
      html.append("<li><span class=\"node ").append(n.counted() ? "counted" : "skipped").append("\">")
          .append("<span class=\"via\">").append(escape(n.via())).append("</span> <code>").append(escape(n.how()))
          .append("</code>").append(n.many() ? " <small>(1 or more)</small>" : "").append(" → <strong>")
          .append(escape(n.className())).append("</strong> <span class=\"fig\">")
          .append(n.counted() ? escape(figure(n.byValue())) : "not counted: " + escape(n.note()))
          .append("</span></span>");
      branch(n.owns(), html);
      html.append("</li>");
    }
    html.append("</ul>");
  }

  private static void collectCounted(BudgetView.Owned node, Set<String> into) {
    if (node.counted()) {
      into.add(node.className());
      node.owns().forEach(n -> collectCounted(n, into));
    }
  }

  private static void statics(BudgetView b, StringBuilder html) {
    if (b.statics.isEmpty()) {
      return;
    }
    html.append("<section id=\"statics\">\n<h2>Primitives in static storage (once per program)</h2>\n")
        .append("<table class=\"data\"><thead><tr><th>Object</th><th>Storage</th><th>Component</th>")
        .append("<th class=\"num\">Primitives</th><th class=\"num\">Bytes</th></tr></thead>\n<tbody>\n");
    for (BudgetView.StaticRow s : b.statics) {
      html.append("<tr><td><code>").append(escape(s.name())).append("</code><div class=\"loc\">")
          .append(escape(s.location())).append("</div></td><td>").append(escape(s.storage())).append("</td><td>")
          .append(escape(s.component())).append("</td>").append(num(s.primitives().primitives()))
          .append(num(s.primitives().bytes())).append("</tr>\n");
    }
    html.append("</tbody></table>\n</section>\n");
  }

  /** The bill: start-up, then each root class, one row per item and the totals per memory kind. */
  private static void bill(BudgetView b, StringBuilder html) {
    if (b.bill.isEmpty()) {
      return;
    }
    html.append("<section id=\"bill\">\n<h2>The bill: at start-up and per instance</h2>\n");
    int index = 0;
    for (BudgetView.BillPart part : b.bill) {
      html.append("<h3 id=\"bill-").append(index++).append("\">").append(escape(part.title())).append("</h3>\n")
          .append("<p class=\"sub\">").append(escape(part.scope())).append("</p>\n")
          .append("<table class=\"data\"><thead><tr><th>What</th><th>Where</th><th class=\"num\">Bytes</th>")
          .append("<th>Memory</th><th>Basis</th></tr></thead>\n<tbody>\n");
      for (BudgetView.BillLine line : part.lines()) {
        html.append("<tr><td>").append(escape(line.what()));
        if (line.detail() != null) {
          html.append("<div class=\"loc\">").append(escape(line.detail())).append("</div>");
        }
        html.append("</td><td><code>").append(escape(line.location())).append("</code></td>")
            .append(line.bytes() == null ? "<td class=\"num\">?</td>" : num(line.bytes()))
            .append("<td>").append(escape(line.memory())).append("</td><td>").append(escape(line.basis()))
            .append("</td></tr>\n");
      }
      html.append("</tbody><tfoot><tr><td colspan=\"5\">Total:");
      part.totals().forEach((kind, value) -> html.append(" ").append(escape(kind)).append(" ")
          .append(value instanceof Number n ? number(n.longValue()) : escape(String.valueOf(value))).append(";"));
      html.append("</td></tr></tfoot></table>\n");
    }
    html.append("</section>\n");
  }

  private static void costs(BudgetView b, StringBuilder html) {
    html.append("<section id=\"costs\">\n<h2>Costs and assumptions</h2>\n")
        .append("<table class=\"data\" id=\"cost-table\"><thead><tr><th>Item</th><th class=\"num\">Bytes each</th>")
        .append("<th>Basis</th><th>Settings key</th></tr></thead>\n<tbody>\n");
    for (BudgetView.Cost c : b.costs) {
      html.append("<tr><td><code>").append(escape(c.item())).append("</code></td>").append(num(c.bytes()))
          .append("<td><span class=\"pill ").append(c.basis().equals("measured") ? "good" : "warn").append("\">")
          .append(escape(c.basis())).append("</span>")
          .append(c.bytes() != c.defaultBytes() ? " <small>configured; default " + number(c.defaultBytes()) + "</small>" : "")
          .append("</td><td><code>").append(escape(c.key())).append("</code></td></tr>\n");
    }
    html.append("</tbody></table>\n<ul class=\"assumptions\">\n");
    b.assumptions.forEach(a -> html.append("<li>").append(escape(a)).append("</li>\n"));
    html.append("</ul>\n</section>\n");
  }

  private static String figure(BudgetView.Tally t) {
    return plural(t.primitives(), "primitive", "primitives") + ", " + number(t.bytes()) + " bytes";
  }

  private static String num(long value) {
    return "<td class=\"num\">" + number(value) + "</td>";
  }
}
