package dev.allocpath.kconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.model.ConfigValue;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code build/config/sdkconfig.json}, which an ESP-IDF build writes: option names without
 * the {@code CONFIG_} prefix, bools as {@code true}/{@code false}, ints and hex as numbers,
 * strings as strings.
 */
public final class SdkconfigJson {
  private SdkconfigJson() {}

  /** @throws IllegalArgumentException when the text is not a JSON object */
  public static Map<String, ConfigValue> parse(String text, String display) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = "CONFIG_" + field.getKey();
      if (!field.getKey().matches("[A-Za-z0-9_]+")) {
        continue;
      }
      JsonNode node = field.getValue();
      String value;
      if (node.isBoolean()) {
        value = node.booleanValue() ? "y" : null;
      } else if (node.isIntegralNumber()) {
        value = node.asText();
      } else if (node.isTextual()) {
        value = "\"" + node.textValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      } else {
        continue;
      }
      values.put(name, new ConfigValue(name, value, ConfigValue.Source.FILE, display));
    }
    return values;
  }
}
