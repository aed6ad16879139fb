package dev.allocpath.engine;

import dev.allocpath.kconfig.BuiltinOptions;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which configuration the run used and where each value the rules depend on came from, as a
 * project summary: SARIF run properties get the data under {@value #KEY}, the text report one line.
 */
public final class ConfigurationSummary {
  public static final String KEY = "configuration";

  private ConfigurationSummary() {}

  public static Summary of(BuildConfig config) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("used", config.description());
    data.put("known", config.known());
    Map<String, Object> values = new TreeMap<>();
    for (String name : ruleOptions(config)) {
      ConfigValue v = config.values().get(name);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", v == null ? null : v.isSet() ? v.value() : "unset");
      entry.put("source", v == null ? "unknown" : v.source().name().toLowerCase(Locale.ROOT));
      if (v != null) {
        entry.put("origin", v.origin());
      }
      values.put(name, entry);
    }
    data.put("values", values);
    Map<String, Integer> counts = new TreeMap<>();
    counts(config).forEach((source, n) -> counts.put(source.name().toLowerCase(Locale.ROOT), n));
    data.put("valueCounts", counts);
    data.put("text", line(config));
    return new Summary(KEY, data, List.of());
  }

  /** The options worth reporting: the built-in table's (the rules depend on them) and the target. */
  private static List<String> ruleOptions(BuildConfig config) {
    List<String> names = new ArrayList<>();
    names.add("CONFIG_IDF_TARGET");
    BuiltinOptions.get().definitions().symbols().keySet().forEach(n -> names.add("CONFIG_" + n));
    if (!config.known()) {
      names.removeIf(n -> !config.values().containsKey(n));
    }
    return names;
  }

  private static Map<ConfigValue.Source, Integer> counts(BuildConfig config) {
    Map<ConfigValue.Source, Integer> counts = new EnumMap<>(ConfigValue.Source.class);
    for (ConfigValue v : config.values().values()) {
      counts.merge(v.source(), 1, Integer::sum);
    }
    return counts;
  }

  /** One line for people, e.g. {@code sdkconfig; target esp32s3 (sdkconfig:4); CONFIG_SPIRAM=y (sdkconfig:6); ...}. */
  static String line(BuildConfig config) {
    List<String> parts = new ArrayList<>();
    ConfigValue target = config.values().get("CONFIG_IDF_TARGET");
    if (!config.known()) {
      parts.add("none found (ESP-IDF options unknown)");
    } else {
      parts.add(config.description());
    }
    if (target != null && target.isSet()) {
      parts.add("target " + unquote(target.value()) + " (" + target.origin() + ")");
    } else {
      parts.add("target " + dev.allocpath.kconfig.SdkOptions.DEFAULT_TARGET + " (allocpath default: no configuration or --target names one)");
    }
    if (config.known()) {
      ConfigValue spiram = config.values().get("CONFIG_SPIRAM");
      parts.add("CONFIG_SPIRAM=" + (spiram != null && spiram.isSet() ? spiram.value() + " (" + spiram.origin() + ")"
          : "unset" + (spiram == null ? "" : " (" + spiram.origin() + ")")));
      for (String use : List.of("CONFIG_SPIRAM_USE_MALLOC", "CONFIG_SPIRAM_USE_CAPS_ALLOC", "CONFIG_SPIRAM_USE_MEMMAP")) {
        ConfigValue v = config.values().get(use);
        if (v != null && v.isSet()) {
          parts.add(use + "=y (" + v.origin() + ")");
        }
      }
    }
    Map<ConfigValue.Source, Integer> counts = counts(config);
    if (!counts.isEmpty()) {
      List<String> sources = new ArrayList<>();
      add(sources, counts, ConfigValue.Source.FILE, "from the file");
      add(sources, counts, ConfigValue.Source.KCONFIG_DEFAULT, "project Kconfig defaults");
      add(sources, counts, ConfigValue.Source.BUILTIN_DEFAULT, "built-in ESP-IDF defaults");
      add(sources, counts, ConfigValue.Source.COMMAND_LINE, "from the command line");
      parts.add("values: " + String.join(", ", sources));
    }
    return String.join("; ", parts) + ".";
  }

  private static void add(List<String> out, Map<ConfigValue.Source, Integer> counts, ConfigValue.Source source,
      String what) {
    Integer n = counts.get(source);
    if (n != null) {
      out.add(n + " " + what);
    }
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
  }

  /** The text line of a result's configuration summary, or null when it has none. */
  public static String textOf(List<Summary> summaries) {
    for (Summary s : summaries) {
      if (s.key().equals(KEY) && s.data() instanceof Map<?, ?> data && data.get("text") instanceof String text) {
        return "Configuration: " + text;
      }
    }
    return null;
  }
}
