package dev.allocpath.config;

import dev.allocpath.api.Severity;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .allocpath.yml}. The file is data only: nothing in it is executed or fetched.
 * Every mistake is reported with the file, the line, the key and what is allowed, because a
 * typo that silently disables a rule is worse than a failed run.
 */
public final class ConfigReader {
  public static final String FILE_NAME = ".allocpath.yml";

  private static final Set<String> TOP_KEYS =
      Set.of("rules", "components", "costs", "primitives", "allocators", "thread-creators", "thread-joiners",
          "sdkconfig", "target", "idf-version", "idf-path", "cmake-defines", "defines",
          "budget-per");
  /** The ESP-IDF build settings that take one text value. */
  private static final Set<String> SDK_SINGLE = Set.of("sdkconfig", "target", "idf-version", "idf-path");
  private static final Set<String> COMPONENT_KEYS = Set.of("roots", "exclude", "main", "managed");
  private static final Set<String> LEVELS = Set.of("off", "note", "warning", "error");

  private final Set<String> ruleIds;
  private final Set<String> costKeys;

  /**
   * @param ruleIds the ids that may appear under {@code rules}
   * @param costKeys the keys that may appear under {@code costs}
   */
  public ConfigReader(Set<String> ruleIds, Set<String> costKeys) {
    this.ruleIds = ruleIds;
    this.costKeys = costKeys;
  }

  public ProjectConfig read(Path file) throws ConfigException {
    return read(file, file.toString());
  }

  /** @param name how messages name the file (project-relative keeps absolute paths out of reports) */
  public ProjectConfig read(Path file, String name) throws ConfigException {
    String text;
    try {
      long size = Files.size(file);
      if (size > YamlTree.MAX_CHARS) {
        // Checked before reading: a huge file costs neither memory nor parse time.
        throw new ConfigException(name + ": " + size + " bytes, larger than the configuration limit of "
            + YamlTree.MAX_CHARS + " bytes; a .allocpath.yml is a few lines");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + e.getMessage());
    }
    return parse(text, name);
  }

  public ProjectConfig parse(String text, String name) throws ConfigException {
    YamlTree.Value root = YamlTree.parse(text, name);
    if (root.content() == null) {
      return ProjectConfig.empty();
    }
    if (!root.isMap()) {
      throw new ConfigException(name + ":" + root.line() + ": the file must be a mapping of keys ("
          + String.join(", ", sorted(TOP_KEYS)) + ")");
    }
    Map<String, Severity> levels = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    Map<String, Long> numbers = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (var entry : root.map().entrySet()) {
      String key = entry.getKey();
      YamlTree.Value value = entry.getValue();
      switch (key) {
        case "rules" -> readRules(name, value, levels);
        case "components" -> {
          Map<String, YamlTree.Value> map = mapOf(name, "components", value);
          for (var c : map.entrySet()) {
            checkKey(name, c.getValue().line(), "components." + c.getKey(), c.getKey(), COMPONENT_KEYS);
            if (c.getKey().equals("main") || c.getKey().equals("managed")) {
              numbers.put("components." + c.getKey(), bool(name, "components." + c.getKey(), c.getValue()) ? 1L : 0L);
              continue;
            }
            (c.getKey().equals("roots") ? roots : excludes).addAll(strings(name, "components." + c.getKey(), c.getValue()));
          }
        }
        case "costs" -> {
          for (var c : mapOf(name, "costs", value).entrySet()) {
            checkKey(name, c.getValue().line(), "costs." + c.getKey(), c.getKey(), costKeys);
            numbers.put("costs." + c.getKey(), bytes(name, "costs." + c.getKey(), c.getValue()));
          }
        }
        case "primitives" -> {
          // The project's own types that allocate like a mutex (e.g. an RTOS lock class).
          List<String> types = new ArrayList<>();
          for (var p : mapOf(name, "primitives", value).entrySet()) {
            if (!p.getKey().matches("[A-Za-z_][A-Za-z0-9_:]*")) {
              throw new ConfigException(name + ":" + p.getValue().line() + ": primitives: '" + p.getKey()
                  + "' is not a type name (allowed: a C++ name such as os::Lock)");
            }
            types.add(p.getKey());
            numbers.put("primitives." + p.getKey(), bytes(name, "primitives." + p.getKey(), p.getValue()));
          }
          lists.put("primitives", types);
        }
        case "allocators", "thread-creators", "thread-joiners", "budget-per" -> lists.put(key, strings(name, key, value));
        case "sdkconfig", "target", "idf-version", "idf-path" -> lists.put(key, List.of(single(name, key, value)));
        case "defines" -> lists.put(key, strings(name, key, value));
        case "cmake-defines" -> {
          // A mapping NAME: VALUE, kept as NAME=VALUE like -D on the command line.
          List<String> entries = new ArrayList<>();
          for (var d : mapOf(name, key, value).entrySet()) {
            if (!d.getValue().isScalar()) {
              throw new ConfigException(name + ":" + d.getValue().line() + ": cmake-defines." + d.getKey()
                  + " must be a single value");
            }
            entries.add(d.getKey() + "=" + d.getValue().text().trim());
          }
          lists.put(key, entries);
        }
        default -> checkKey(name, value.line(), key, key, TOP_KEYS);
      }
    }
    return new ProjectConfig(levels, List.copyOf(roots), List.copyOf(excludes), numbers, lists);
  }

  private void readRules(String name, YamlTree.Value value, Map<String, Severity> levels) throws ConfigException {
    for (var r : mapOf(name, "rules", value).entrySet()) {
      checkKey(name, r.getValue().line(), "rules." + r.getKey(), r.getKey(), ruleIds);
      String level = r.getValue().isScalar() ? r.getValue().text().trim().toLowerCase(java.util.Locale.ROOT) : "";
      if (!LEVELS.contains(level)) {
        throw new ConfigException(name + ":" + r.getValue().line() + ": rules." + r.getKey() + ": '"
            + r.getValue().text() + "' is not a level (allowed: off, note, warning, error)");
      }
      levels.put(r.getKey(), level.equals("off") ? null : Severity.parse(level));
    }
  }

  private static boolean bool(String name, String key, YamlTree.Value value) throws ConfigException {
    String text = value.isScalar() ? value.text().trim().toLowerCase(java.util.Locale.ROOT) : "";
    if (text.equals("true") || text.equals("yes")) {
      return true;
    }
    if (text.equals("false") || text.equals("no")) {
      return false;
    }
    throw new ConfigException(name + ":" + value.line() + ": " + key + ": '" + value.text()
        + "' is not a yes/no value (allowed: true, false)");
  }

  private static Map<String, YamlTree.Value> mapOf(String name, String key, YamlTree.Value value) throws ConfigException {
    if (!value.isMap()) {
      throw new ConfigException(name + ":" + value.line() + ": " + key + " must be a mapping");
    }
    return value.map();
  }

  private static List<String> strings(String name, String key, YamlTree.Value value) throws ConfigException {
    if (!value.isList()) {
      throw new ConfigException(name + ":" + value.line() + ": " + key + " must be a list of names");
    }
    List<String> out = new ArrayList<>();
    for (YamlTree.Value item : value.list()) {
      if (!item.isScalar() || item.text().isBlank()) {
        throw new ConfigException(name + ":" + item.line() + ": " + key + " must contain only names");
      }
      out.add(item.text().trim());
    }
    return out;
  }

  private static String single(String name, String key, YamlTree.Value value) throws ConfigException {
    if (!SDK_SINGLE.contains(key) || !value.isScalar() || value.text().isBlank()) {
      throw new ConfigException(name + ":" + value.line() + ": " + key + " must be a single value");
    }
    return value.text().trim();
  }

  private static long bytes(String name, String key, YamlTree.Value value) throws ConfigException {
    try {
      long n = Long.parseLong(value.text().trim());
      if (n < 0 || n > 1_000_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ":" + value.line() + ": " + key + ": '" + value.text()
          + "' is not a byte count (allowed: a whole number from 0 to 1000000)");
    }
  }

  private static void checkKey(String name, int line, String path, String key, Set<String> allowed)
      throws ConfigException {
    if (!allowed.contains(key)) {
      throw new ConfigException(name + ":" + line + ": unknown key '" + path + "' (allowed: "
          + String.join(", ", sorted(allowed)) + ")");
    }
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
