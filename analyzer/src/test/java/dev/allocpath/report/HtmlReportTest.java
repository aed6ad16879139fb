package dev.allocpath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ConfigurationSummary;
import dev.allocpath.engine.Summary;
import dev.allocpath.model.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static String page() {
    return new HtmlReport().render(BudgetFixture.result(BudgetFixture.budget()));
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void isOneSelfContainedPage() {
    String html = page();

    assertTrue(html.startsWith("<!DOCTYPE html>\n"));
    assertTrue(html.endsWith("</html>\n"));
    assertFalse(html.contains("<script"), "no script of ours, and no user text taken as one");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external asset");
    assertFalse(html.contains("<link"), "styles are inline");
    assertFalse(html.contains("somewhere"), "only the project folder's name, not its path");
    assertTrue(html.contains("<title>Internal-RAM budget: firmware</title>"));
  }

  @Test
  void escapesEveryName() {
    String html = page();

    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("data-component=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\""));
    assertTrue(html.contains("ns::Box&lt;&quot;a&quot; &amp; &#39;b&#39;&gt;"));
    assertTrue(html.contains("Figures are a floor &amp; not exact."));
  }

  @Test
  void drawsABarPerNonZeroPartOfEachRow() {
    String html = page();

    assertTrue(html.contains("<svg id=\"component-chart\""));
    assertTrue(html.contains("<svg id=\"class-chart\""));
    String components = html.substring(html.indexOf("<svg id=\"component-chart\""), html.indexOf("</svg>"));
    assertEquals(2, count(components, "<g class=\"row\""));
    assertEquals(2, count(components, "<rect class=\"bar "), "net: objects and threads; the other: nothing");
    assertTrue(components.contains("data-value=\"680\""));
    assertTrue(components.contains(">764 B<") || components.contains(">764 B</text>"), "total at the bar's end");
    String classes = html.substring(html.indexOf("<svg id=\"class-chart\""));
    classes = classes.substring(0, classes.indexOf("</svg>"));
    assertEquals(3, count(classes, "<rect class=\"bar "), "Peer by value + owned, Box by value");
  }

  @Test
  void showsTheOwnershipTreeWithUncountedObjectsExplained() {
    String html = page();

    assertTrue(html.contains("data-owner=\"net::Peer\""));
    assertTrue(html.contains("<span class=\"via\">mIce</span>"));
    assertTrue(html.contains("not counted: a base of net::Ice in this tree, taken to point at that object"));
    assertFalse(html.contains("data-owner=\"ns::Box"), "a part of another class has no tree of its own");
  }

  @Test
  void showsEveryCostWithItsKeyAndWhetherItWasConfigured() {
    String html = page();

    assertTrue(html.contains("<code>costs.thread-tcb</code>"));
    assertTrue(html.contains("configured; default 340"));
    assertEquals(2, count(html.substring(html.indexOf("id=\"cost-table\"")), "<tr><td><code>"));
  }

  @Test
  void aRunWithoutABudgetStillGivesAPage() {
    String html = new HtmlReport().render(BudgetFixture.result(null));

    assertTrue(html.contains("id=\"no-budget\""));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void toleratesMistypedData() {
    String html = new HtmlReport().render(BudgetFixture.result(Map.of("components", "not a list", "totals", 3)));

    assertTrue(html.contains("<svg id=\"component-chart\""));
    assertTrue(html.contains("No class holds or owns"));
  }

  @Test
  void theScaleEndsAtARoundNumber() {
    assertEquals(0, SvgBarChart.niceMax(0));
    assertEquals(1_000, SvgBarChart.niceMax(764));
    assertEquals(2_000, SvgBarChart.niceMax(1_964));
    assertEquals(5_000, SvgBarChart.niceMax(3_180));
    assertEquals(10_000, SvgBarChart.niceMax(8_628));
  }

  @Test
  void showsTheBillPartsWithTheirLinesAndTotals() {
    Map<String, Object> budget = new java.util.LinkedHashMap<>(BudgetFixture.budget());
    java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
    line.put("kind", "stack");
    line.put("what", "stack of task (xTaskCreate) in '<wd>'");
    line.put("detail", "size from the stack size argument '2048'");
    line.put("location", "components/app/app.cpp:6");
    line.put("bytes", 2048L);
    line.put("memory", "internal");
    line.put("basis", "from the source");
    java.util.Map<String, Object> unsized = new java.util.LinkedHashMap<>(line);
    unsized.put("bytes", null);
    unsized.remove("detail");
    budget.put("bill", BudgetFixture.map("roots", "largest",
        "startup", BudgetFixture.map("title", "At start-up", "scope", "start-up code", "lines", java.util.List.of(line),
            "totals", BudgetFixture.map("internal", 2048L, "PSRAM", 0L, "depends on size", 0L, "not sized", 0L)),
        "perInstance", java.util.List.of(BudgetFixture.map("title", "Per instance of Session", "class", "Session",
            "scope", "one object", "lines", java.util.List.of(unsized),
            "totals", BudgetFixture.map("internal", 0L, "not sized", 1L)))));
    String html = new HtmlReport().render(BudgetFixture.result(budget));

    assertTrue(html.contains("<section id=\"bill\">"));
    assertTrue(html.contains("<h3 id=\"bill-0\">At start-up</h3>"));
    assertTrue(html.contains("<h3 id=\"bill-1\">Per instance of Session</h3>"));
    assertTrue(html.contains("stack of task (xTaskCreate) in &#39;&lt;wd&gt;&#39;"));
    assertTrue(html.contains("<td class=\"num\">?</td>"), "a line that is not sized shows a question mark");
    assertTrue(html.contains("Total: internal 2,048;"));
    assertFalse(page().contains("id=\"bill\""), "no bill data, no section");
  }

  @Test
  void saysWhichConfigurationAndHowMuchOfTheProjectTheFiguresRestOn() {
    AnalysisResult plain = BudgetFixture.result(BudgetFixture.budget());
    List<Summary> summaries = new ArrayList<>(plain.summaries());
    summaries.add(new Summary(ConfigurationSummary.KEY,
        Map.of("text", "sdkconfig <board>; target esp32s3 (sdkconfig:4); CONFIG_SPIRAM=y"), List.of()));
    Coverage coverage = new Coverage(
        List.of(new Coverage.ComponentCoverage("net", "components/net", 2, null),
            new Coverage.ComponentCoverage("idle", "components/idle", 0, "condition false")),
        List.of("components/net/unused.c"), List.of(), 2, 0);
    AnalysisResult result = new AnalysisResult(plain.root(), plain.rules(), plain.findings(), plain.notifications(),
        summaries, plain.buildSource(), plain.stats(), List.of(), coverage);

    String html = new HtmlReport().render(result);

    String basis = html.substring(html.indexOf("<section id=\"basis\""), html.indexOf("</section>", html.indexOf("<section id=\"basis\"")));
    assertTrue(basis.contains("<p id=\"configuration\">Configuration: sdkconfig &lt;board&gt;; target esp32s3"), basis);
    assertTrue(basis.contains("Coverage: 2 components, 1 compiling sources, 1 compiling nothing (idle: condition false)"), basis);
    assertTrue(html.indexOf("id=\"basis\"") < html.indexOf("id=\"component-chart\""), "above the figures");
    assertFalse(page().contains("id=\"basis\""), "nothing known, no section");
  }
}
