package dev.allocpath.rules.esp.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.allocpath.api.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget's terminal table and its JSON-friendly data. */
class BudgetOutputTest {

  private static TestProject.Context run(Settings settings) {
    TestProject.Context context = new TestProject.Context(settings, ComponentBudgetTest.findings(),
        Map.of(RuleIds.REDIRECTS_SUMMARY, ComponentBudgetTest.redirects()));
    new BudgetReport().build(ComponentBudgetTest.project().facts(), context);
    return context;
  }

  private static List<String> lines() {
    return run(Settings.defaults()).text.get(BudgetReport.KEY);
  }

  private static String lineStartingWith(List<String> lines, String start) {
    return lines.stream().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with '" + start + "' in\n" + String.join("\n", lines)));
  }

  @Test
  void componentRowsAlignUnderTheirHeadersWithThousandsSeparators() {
    List<String> lines = lines();
    String header = lineStartingWith(lines, "Component ");
    String rtc = lineStartingWith(lines, "rtc ");
    String total = lineStartingWith(lines, "Total ");

    assertTrue(rtc.endsWith("1,268*"), rtc);
    assertEquals(header.length(), rtc.length(), "right-aligned last column:\n" + header + "\n" + rtc);
    assertEquals(header.length(), total.length());
    int rawColumnEnd = header.indexOf("Raw allocs") + "Raw allocs".length();
    assertEquals('1', rtc.charAt(rawColumnEnd - 1), "raw allocation count under its header:\n" + header + "\n" + rtc);
    assertEquals('4', total.charAt(rawColumnEnd - 1));
    assertTrue(lineStartingWith(lines, "srtp ").contains("none"));
  }

  @Test
  void linesNeverStartWithWhitespaceSinceTheTextReportTrimsThem() {
    for (String line : lines()) {
      assertEquals(line.strip(), line, "'" + line + "'");
    }
  }

  @Test
  void showsTheOwnershipPathOfTheBiggestOwner() {
    List<String> lines = lines();
    assertTrue(lines.contains("Where one rtc::Peer's 4 primitives (336 bytes) come from:"), String.join("\n", lines));
    assertTrue(lineStartingWith(lines, "ice ").matches("ice\\s+rtc::Ice\\s+1\\s+84\\s+std::shared_ptr<Ice>"),
        lineStartingWith(lines, "ice "));
  }

  @Test
  void showsEveryCostConstantWithItsBasisAndKey() {
    List<String> lines = run(TestProject.settings(Map.of("costs.std::mutex", 1200L))).text.get(BudgetReport.KEY);
    assertTrue(lineStartingWith(lines, "std::mutex ").matches(
        "std::mutex\\s+1,200\\s+measured \\(configured; default 84\\)\\s+costs\\.std::mutex"),
        lineStartingWith(lines, "std::mutex "));
    assertTrue(lineStartingWith(lines, "std::condition_variable ").contains("estimate"));
    assertTrue(lineStartingWith(lines, "thread task control block ").matches(
        "thread task control block\\s+340\\s+measured\\s+costs\\.thread-tcb"));
  }

  @Test
  void dataIsJsonFriendlyAndTheSameEveryRun() {
    Object first = run(Settings.defaults()).published.get(BudgetReport.KEY);
    Object second = run(Settings.defaults()).published.get(BudgetReport.KEY);

    assertJsonFriendly(first, "budget");
    assertEquals(first, second);
    assertEquals(first.toString(), second.toString(), "same order every run");
  }

  @Test
  void totalsAddUpTheComponents() {
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) run(Settings.defaults()).published.get(BudgetReport.KEY);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> components = (List<Map<String, Object>>) data.get("components");
    @SuppressWarnings("unchecked")
    Map<String, Object> totals = (Map<String, Object>) data.get("totals");

    assertEquals(List.of("rtc", "srtp"), components.stream().map(c -> c.get("component")).toList());
    long sum = components.stream().mapToLong(c -> ((Number) c.get("estimatedBytes")).longValue()).sum();
    assertEquals(sum, ((Number) totals.get("estimatedBytes")).longValue());
    assertEquals(4L, totals.get("rawAllocationSites"));
    assertFalse(((List<?>) data.get("costs")).isEmpty());
  }

  private static void assertJsonFriendly(Object value, String path) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (!(k instanceof String)) {
          fail(path + " has a non-string key " + k);
        }
        assertJsonFriendly(v, path + "." + k);
      });
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        assertJsonFriendly(list.get(i), path + "[" + i + "]");
      }
      return;
    }
    fail(path + " is a " + value.getClass().getName());
  }
}
