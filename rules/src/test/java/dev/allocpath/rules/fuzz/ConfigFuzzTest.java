package dev.allocpath.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.allocpath.config.ConfigException;
import dev.allocpath.config.ConfigReader;
import dev.allocpath.config.ProjectConfig;
import java.nio.charset.StandardCharsets;
import dev.allocpath.api.Rule;
import dev.allocpath.rules.BuiltInRules;
import java.util.Set;
import java.util.TreeSet;

/**
 * Any text as .allocpath.yml: either a configuration or a ConfigException whose message is one
 * line naming the file; no other exception, no hang.
 */
class ConfigFuzzTest {
  private static final ConfigReader READER = reader();

  /** With the real rule ids and cost keys, as the CLI builds it. */
  private static ConfigReader reader() {
    Set<String> ids = new TreeSet<>();
    Set<String> costs = new TreeSet<>();
    for (Rule rule : new BuiltInRules().rules()) {
      ids.add(rule.info().id());
      costs.addAll(rule.costKeys());
    }
    return new ConfigReader(ids, costs);
  }

  @FuzzTest(maxDuration = "")
  void config(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      ProjectConfig config = READER.parse(text, ".allocpath.yml");
      if (config == null) {
        throw new AssertionError("parse returned null");
      }
    } catch (ConfigException e) {
      String message = e.getMessage();
      if (message == null || !message.startsWith(".allocpath.yml") || message.contains("\n")) {
        throw new AssertionError("not a one-line message naming the file: " + message, e);
      }
    }
  }
}
