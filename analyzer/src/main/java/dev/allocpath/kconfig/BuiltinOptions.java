package dev.allocpath.kconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small table of ESP-IDF options the rules depend on, with ESP-IDF's defaults, kept in
 * Kconfig syntax ({@value #RESOURCE}) so the same reader handles it. Each entry carries how its
 * default was checked (see the resource's header); that status is part of every value's origin.
 */
public final class BuiltinOptions {
  /** The ESP-IDF version the table was written against, also the default of {@code --idf-version}. */
  public static final String IDF_VERSION = "5.5.0";

  static final String RESOURCE = "esp-idf-options.kconfig";

  private static final Pattern STATUS = Pattern.compile("^\\s*#\\s*(checked|cited|unchecked):");
  private static final Pattern ENTRY = Pattern.compile("^\\s*(?:config|choice)\\s+([A-Za-z0-9_]+)");

  private static final BuiltinOptions INSTANCE = load();

  private final KconfigReader.Definitions definitions;
  private final Map<String, String> status;

  private BuiltinOptions(KconfigReader.Definitions definitions, Map<String, String> status) {
    this.definitions = definitions;
    this.status = status;
  }

  public static BuiltinOptions get() {
    return INSTANCE;
  }

  public KconfigReader.Definitions definitions() {
    return definitions;
  }

  /** How a built-in option's default is known: checked, cited or unchecked. */
  public String status(String name) {
    return status.getOrDefault(name, "unchecked");
  }

  /** The origin written next to a built-in default. */
  public String origin(String name) {
    String how = status(name);
    return "ESP-IDF " + majorMinor() + " default" + (how.equals("checked") ? "" : " (" + how + ")");
  }

  static String majorMinor() {
    return IDF_VERSION.substring(0, IDF_VERSION.lastIndexOf('.'));
  }

  private static BuiltinOptions load() {
    String text;
    try (InputStream in = BuiltinOptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> status = new HashMap<>();
    String pending = null;
    for (String line : text.split("\n")) {
      Matcher s = STATUS.matcher(line);
      Matcher e = ENTRY.matcher(line);
      if (s.find()) {
        pending = s.group(1);
      } else if (e.find() && pending != null) {
        status.put(e.group(1), pending);
        pending = null;
      }
    }
    KconfigReader.Definitions definitions = KconfigReader.read(
        List.of(new KconfigReader.Source(RESOURCE, text)), (from, path) -> Optional.empty());
    if (!definitions.problems().isEmpty()) {
      throw new IllegalStateException("built-in option table: " + definitions.problems());
    }
    // Members of a checked choice share its status.
    for (KconfigChoice choice : definitions.choices()) {
      for (String member : choice.members()) {
        status.putIfAbsent(member, status.getOrDefault(choice.name(), "unchecked"));
      }
    }
    return new BuiltinOptions(definitions, Map.copyOf(status));
  }
}
