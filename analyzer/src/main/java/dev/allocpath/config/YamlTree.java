package dev.allocpath.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as plain maps, lists and strings, each value remembering its line, so that
 * errors can name the line of the key that is wrong. (Jackson's tree model drops locations.)
 */
final class YamlTree {
  /** A value and the 1-based line where it starts. */
  record Value(Object content, int line) {
    @SuppressWarnings("unchecked")
    Map<String, Value> map() {
      return (Map<String, Value>) content;
    }

    @SuppressWarnings("unchecked")
    List<Value> list() {
      return (List<Value>) content;
    }

    boolean isMap() {
      return content instanceof Map;
    }

    boolean isList() {
      return content instanceof List;
    }

    boolean isScalar() {
      return content instanceof String || content == null;
    }

    String text() {
      return content == null ? "" : content.toString();
    }
  }

  /**
   * Largest configuration accepted, checked before parsing: real files are a few hundred bytes,
   * and the YAML scanner is slow on huge single lines (20 MB took minutes before this check).
   */
  static final int MAX_CHARS = 1 << 20;
  /** Deepest nesting of maps and lists: the schema needs 2, and {@link #read} recurses per level. */
  static final int MAX_DEPTH = 20;

  private YamlTree() {}

  static Value parse(String text, String fileName) throws ConfigException {
    if (text.length() > MAX_CHARS) {
      throw new ConfigException(fileName + ": larger than the configuration limit of " + MAX_CHARS
          + " characters (" + text.length() + "); a .allocpath.yml is a few lines");
    }
    // The library's own limits too: no alias expansion ("billion laughs"), bounded nesting and size.
    // (Aliases are refused outright in read().)
    LoaderOptions limits = new LoaderOptions();
    limits.setMaxAliasesForCollections(0);
    limits.setAllowRecursiveKeys(false);
    limits.setNestingDepthLimit(MAX_DEPTH);
    limits.setCodePointLimit(MAX_CHARS);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Value(new LinkedHashMap<String, Value>(), 1);
      }
      Value root = read(parser, fileName);
      if (parser.nextToken() != null) {
        throw new ConfigException(fileName + ":" + line(parser) + ": only one YAML document is allowed");
      }
      return root;
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
      throw new ConfigException(fileName + ": not valid YAML: " + message);
    }
  }

  private static Value read(JsonParser parser, String fileName) throws IOException, ConfigException {
    int line = line(parser);
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // The streaming parser would hand "*name" over as the plain string "name": a silent misread.
      throw new ConfigException(fileName + ":" + line + ": YAML aliases (*" + parser.getText()
          + ") are not supported; write the value out");
    }
    if (token == JsonToken.START_OBJECT) {
      Map<String, Value> map = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = line(parser);
        parser.nextToken();
        Value value = read(parser, fileName);
        if (map.containsKey(key)) {
          throw new ConfigException(fileName + ":" + keyLine + ": key '" + key + "' appears twice");
        }
        map.put(key, new Value(value.content(), keyLine));
      }
      return new Value(map, line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Value> list = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(parser, fileName));
      }
      return new Value(list, line);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new Value(null, line);
    }
    return new Value(parser.getText(), line);
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
