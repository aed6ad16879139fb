package dev.allocpath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void carriesTheBudgetDataUnderAHeader() throws Exception {
    JsonNode root = JSON.readTree(new JsonReport().render(BudgetFixture.result(BudgetFixture.budget())));

    assertEquals("allocpath", root.get("tool").asText());
    assertEquals("allocpath-report", root.get("report").asText());
    assertEquals(JsonReport.FORMAT_VERSION, root.get("formatVersion").asInt());
    assertEquals(764, root.at("/budget/totals/estimatedBytes").asLong());
    assertEquals(BudgetFixture.HOSTILE_COMPONENT, root.at("/budget/components/1/component").asText());
    assertEquals("net::Transport", root.at("/budget/classes/0/owns/0/owns/0/class").asText());
  }

  @Test
  void keepsTheDataOrderAndIsByteStable() {
    String first = new JsonReport().render(BudgetFixture.result(BudgetFixture.budget()));
    String second = new JsonReport().render(BudgetFixture.result(BudgetFixture.budget()));

    assertEquals(first, second);
    assertTrue(first.endsWith("}\n"), "one final newline");
    assertFalse(first.contains("\r"), "LF line ends");
    assertTrue(first.contains("\n  \"budget\": {\n    \"costs\": ["), "two-space indent:\n" + first.substring(0, 200));
    List<String> keys = new ArrayList<>();
    try {
      JSON.readTree(first).get("budget").fieldNames().forEachRemaining(keys::add);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertEquals(List.of("costs", "assumptions", "components", "totals", "classes", "statics"), keys);
    assertFalse(first.contains("somewhere"), "no absolute path of the project");
  }

  @Test
  void aRunWithoutABudgetSaysSoWithNull() throws Exception {
    JsonNode root = JSON.readTree(new JsonReport().render(BudgetFixture.result(null)));

    assertTrue(root.get("budget").isNull());
  }
}
