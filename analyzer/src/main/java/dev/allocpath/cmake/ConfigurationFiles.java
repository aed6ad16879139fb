package dev.allocpath.cmake;

import dev.allocpath.kconfig.BuiltinOptions;
import dev.allocpath.kconfig.ConfigResolver;
import dev.allocpath.kconfig.KconfigReader;
import dev.allocpath.kconfig.SdkOptions;
import dev.allocpath.kconfig.SdkconfigFile;
import dev.allocpath.kconfig.SdkconfigHeader;
import dev.allocpath.kconfig.SdkconfigJson;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the project's Kconfig configuration the way ESP-IDF does, first found wins:
 * {@code --sdkconfig FILE}; {@code build/config/sdkconfig.json} or {@code build/config/sdkconfig.h}
 * (a build exists); {@code sdkconfig} at the root; else the defaults files
 * ({@code SDKCONFIG_DEFAULTS} as the top-level CMakeLists.txt sets it, read by pattern, or
 * {@code sdkconfig.defaults}), each followed by its {@code .<target>} variant. Missing values come
 * from the project's Kconfig defaults and the built-in ESP-IDF table ({@link ConfigResolver}).
 * Without any file the configuration is unknown ({@link BuildConfig#known()} false), and only the
 * project's own Kconfig defaults that depend on nothing unknown have values.
 */
final class ConfigurationFiles {
  /** Notification kind for configuration files and Kconfig files that could not be read. */
  static final String KIND = "kconfig";

  /** Larger configuration or Kconfig files are not read (a real sdkconfig is under 100 KB). */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  /** At most this many Kconfig files are read (rsource included). */
  static final int MAX_KCONFIG_FILES = 500;

  /** The target when nothing says otherwise: the seeds' chip (ESP-IDF itself would take esp32). */
  static final String DEFAULT_TARGET = BuildSession.DEFAULT_IDF_TARGET;

  /** Stands in for IDF_PATH when neither the environment nor --idf-path sets it: no such directory. */
  static final String PLACEHOLDER_IDF_PATH = BuildSession.DEFAULT_IDF_PATH;

  private static final Pattern SET_DEFAULTS =
      Pattern.compile("(?im)^\\s*(set|list)\\s*\\(\\s*(?:APPEND\\s+)?SDKCONFIG_DEFAULTS\\s+([^)]*)\\)");

  private ConfigurationFiles() {}

  static BuildConfig read(Path root, ModelOptions options, NotificationSink sink) {
    SdkOptions sdk = options.sdk();
    List<Path> files = new ArrayList<>();
    String kind = chosen(root, sdk, options, files);
    KconfigReader.Definitions kconfig = kconfig(root, options, sink);
    Map<String, ConfigValue> fileValues = new LinkedHashMap<>();
    boolean known = kind != null;
    for (Path file : files) {
      // A file the user named (--sdkconfig) may lie anywhere; the ones found in the project must not
      // lead out of it through a symlink.
      boolean named = sdk.sdkconfig() != null;
      Optional<String> text = named ? readText(root, file, sink) : text(root, file, sink);
      if (text.isEmpty()) {
        known = false;
        fileValues.clear();
        break;
      }
      String display = display(root, file);
      try {
        fileValues.putAll(switch (kind) {
          case "json" -> SdkconfigJson.parse(text.get(), display);
          case "header" -> SdkconfigHeader.parse(text.get(), display);
          default -> SdkconfigFile.parse(text.get(), display);
        });
      } catch (IllegalArgumentException e) {
        sink.warning(KIND, display + " is " + e.getMessage() + "; the configuration is unknown", display, 1);
        known = false;
        fileValues.clear();
        break;
      }
    }
    Map<String, ConfigValue> values = new TreeMap<>(ConfigResolver.resolve(fileValues, kconfig, known));
    applyTarget(values, sdk, known);
    String description = known ? describe(root, files) : "none";
    return new BuildConfig(description, known, values);
  }

  /** Which files make the configuration, and their format; null when there is none. */
  private static String chosen(Path root, SdkOptions sdk, ModelOptions options, List<Path> out) {
    if (sdk.sdkconfig() != null) {
      out.add(sdk.sdkconfig().toAbsolutePath().normalize());
      return sdk.sdkconfig().getFileName().toString().endsWith(".json") ? "json" : "sdkconfig";
    }
    Path build = root.resolve("build").resolve("config");
    if (Files.isRegularFile(build.resolve("sdkconfig.json"))) {
      out.add(build.resolve("sdkconfig.json"));
      return "json";
    }
    if (Files.isRegularFile(build.resolve("sdkconfig.h"))) {
      out.add(build.resolve("sdkconfig.h"));
      return "header";
    }
    if (Files.isRegularFile(root.resolve("sdkconfig"))) {
      out.add(root.resolve("sdkconfig"));
      return "sdkconfig";
    }
    List<Path> defaults = new ArrayList<>();
    for (String name : defaultsNames(root)) {
      Path file = root.resolve(name).normalize();
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        defaults.add(file);
      }
    }
    if (defaults.isEmpty()) {
      return null;
    }
    String target = defaultsTarget(root, sdk, options, defaults);
    for (Path file : defaults) {
      out.add(file);
      Path specific = file.resolveSibling(file.getFileName() + "." + target);
      if (Files.isRegularFile(specific)) {
        out.add(specific);
      }
    }
    return "sdkconfig";
  }

  /**
   * {@code SDKCONFIG_DEFAULTS} as the top-level CMakeLists.txt sets it, read by pattern (not
   * evaluated: a value built from other variables is not followed), else {@code sdkconfig.defaults}.
   */
  static List<String> defaultsNames(Path root) {
    Path lists = root.resolve("CMakeLists.txt");
    List<String> names = new ArrayList<>();
    try {
      if (Files.isRegularFile(lists) && Files.size(lists) <= MAX_BYTES) {
        String text = Files.readString(lists, StandardCharsets.UTF_8);
        Matcher m = SET_DEFAULTS.matcher(text);
        while (m.find()) {
          if (m.group(1).equalsIgnoreCase("set")) {
            names.clear();
          }
          for (String word : m.group(2).replace("\"", " ").split("[;\\s]+")) {
            if (!word.isBlank() && !word.contains("$")) {
              names.add(word.strip());
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable project file is reported by the CMake reader; here it means "no list".
    }
    return names.isEmpty() ? List.of("sdkconfig.defaults") : names;
  }

  /** The target whose {@code sdkconfig.defaults.<target>} applies. */
  private static String defaultsTarget(Path root, SdkOptions sdk, ModelOptions options, List<Path> defaults) {
    if (sdk.target() != null) {
      return sdk.target();
    }
    if (options.variables().containsKey("IDF_TARGET")) {
      return options.variables().get("IDF_TARGET");
    }
    if (sdk.cacheVariables().containsKey("IDF_TARGET")) {
      return sdk.cacheVariables().get("IDF_TARGET");
    }
    for (Path file : defaults) {
      try {
        if (Files.size(file) <= MAX_BYTES) {
          ConfigValue v = SdkconfigFile.parse(Files.readString(file, StandardCharsets.UTF_8), "")
              .get("CONFIG_IDF_TARGET");
          if (v != null && v.isSet()) {
            return unquote(v.value());
          }
        }
      } catch (IOException | RuntimeException e) {
        // Reported when the file is read for its values.
      }
    }
    return options.env().getOrDefault("IDF_TARGET", DEFAULT_TARGET);
  }

  private static String describe(Path root, List<Path> files) {
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(display(root, f)));
    return String.join(" + ", names);
  }

  /**
   * {@code --target} wins over the file; the target's {@code CONFIG_IDF_TARGET_<CHIP>} bool and
   * architecture follow it as ESP-IDF's own Kconfig derives them.
   */
  private static void applyTarget(Map<String, ConfigValue> values, SdkOptions sdk, boolean known) {
    String target;
    if (sdk.target() != null) {
      target = sdk.target();
      values.put("CONFIG_IDF_TARGET", new ConfigValue("CONFIG_IDF_TARGET", quote(target),
          ConfigValue.Source.COMMAND_LINE, "--target"));
    } else if (values.containsKey("CONFIG_IDF_TARGET") && values.get("CONFIG_IDF_TARGET").isSet()) {
      target = unquote(values.get("CONFIG_IDF_TARGET").value());
    } else if (known) {
      target = DEFAULT_TARGET;
      values.put("CONFIG_IDF_TARGET", new ConfigValue("CONFIG_IDF_TARGET", quote(target),
          ConfigValue.Source.BUILTIN_DEFAULT, "allocpath default: no CONFIG_IDF_TARGET or --target"));
    } else {
      return;
    }
    ConfigValue source = values.get("CONFIG_IDF_TARGET");
    String chip = "CONFIG_IDF_TARGET_" + target.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    values.putIfAbsent(chip, new ConfigValue(chip, "y", source.source(), source.origin()));
    String arch = isXtensa(target) ? "CONFIG_IDF_TARGET_ARCH_XTENSA" : "CONFIG_IDF_TARGET_ARCH_RISCV";
    values.putIfAbsent(arch, new ConfigValue(arch, "y", source.source(), source.origin()));
  }

  static boolean isXtensa(String target) {
    return target.equals("esp32") || target.equals("esp32s2") || target.equals("esp32s3");
  }

  /** The project's Kconfig and Kconfig.projbuild files, components in name order. */
  private static KconfigReader.Definitions kconfig(Path root, ModelOptions options, NotificationSink sink) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(root.resolve("main"));
    List<String> roots = new ArrayList<>(options.componentRoots());
    roots.add("managed_components");
    for (String componentRoot : roots) {
      Path dir = root.resolve(componentRoot).normalize();
      if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
        continue;
      }
      try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
        List<Path> sorted = new ArrayList<>();
        children.forEach(sorted::add);
        sorted.sort(null);
        dirs.addAll(sorted);
      } catch (IOException | RuntimeException e) {
        // An unlistable directory holds no component the CMake reader can see either.
      }
    }
    List<KconfigReader.Source> files = new ArrayList<>();
    int[] budget = {MAX_KCONFIG_FILES};
    for (Path dir : dirs) {
      for (String name : List.of("Kconfig", "Kconfig.projbuild")) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file) && budget[0]-- > 0) {
          text(root, file, sink).ifPresent(t -> files.add(new KconfigReader.Source(display(root, file), t)));
        }
      }
    }
    if (files.isEmpty()) {
      return KconfigReader.Definitions.empty();
    }
    KconfigReader.Definitions definitions = KconfigReader.read(files, (from, relative) -> {
      Path base = root.resolve(from).getParent();
      Path file = base == null ? null : base.resolve(relative).normalize();
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file) || budget[0]-- <= 0) {
        return Optional.empty();
      }
      return text(root, file, sink).map(t -> new KconfigReader.Source(display(root, file), t));
    });
    for (KconfigReader.Problem p : definitions.problems()) {
      sink.note(KIND, p.message(), p.path(), p.line());
    }
    return definitions;
  }

  /**
   * The text of a configuration or Kconfig file found in the project; empty (and one warning) when
   * it is unusable or leads outside the project through a symlink.
   */
  static Optional<String> text(Path root, Path file, NotificationSink sink) {
    if (!dev.allocpath.model.ProjectPaths.insideAfterLinks(root, file)) {
      String display = display(root, file);
      sink.warning(NotificationSink.OUTSIDE_ROOT, display + " leads outside the project root (a symlink) and was not read",
          display, 1);
      return Optional.empty();
    }
    return readText(root, file, sink);
  }

  /** The text of a file, bounded in size, UTF-8 and free of NUL bytes; empty (and one warning) otherwise. */
  private static Optional<String> readText(Path root, Path file, NotificationSink sink) {
    String display = display(root, file);
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        sink.warning(KIND, display + " is larger than " + (MAX_BYTES >> 20) + " MB and was not read", display, 1);
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      for (byte b : bytes) {
        if (b == 0) {
          sink.warning(KIND, display + " has binary content (NUL bytes) and was not read", display, 1);
          return Optional.empty();
        }
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      sink.warning(KIND, display + " is not UTF-8 text and was not read", display, 1);
    } catch (IOException | RuntimeException e) {
      sink.warning(KIND, "cannot read " + display, display, 1);
    }
    return Optional.empty();
  }

  private static String display(Path root, Path file) {
    Path normal = file.toAbsolutePath().normalize();
    return normal.startsWith(root) ? root.relativize(normal).toString().replace('\\', '/')
        : normal.getFileName().toString();
  }

  /**
   * CONFIG values as ESP-IDF hands them to CMake ({@code CONFIG_FOO} variables: set values as
   * written, strings without their quotes, unset options undefined), {@code IDF_TARGET} and the
   * {@code IDF_VERSION_*} variables; explicit variables ({@code -D}) win.
   */
  static Map<String, String> cmakeVariables(BuildConfig config, ModelOptions options) {
    Map<String, String> variables = new TreeMap<>();
    for (ConfigValue value : config.values().values()) {
      if (value.isSet()) {
        variables.put(value.name(), unquote(value.value()));
      }
    }
    config.value("CONFIG_IDF_TARGET").ifPresent(t -> variables.put("IDF_TARGET", unquote(t.value())));
    int[] version = options.sdk().versionParts();
    variables.put("IDF_VERSION_MAJOR", String.valueOf(version[0]));
    variables.put("IDF_VERSION_MINOR", String.valueOf(version[1]));
    variables.put("IDF_VERSION_PATCH", String.valueOf(version[2]));
    variables.putAll(options.sdk().cacheVariables());
    variables.putAll(options.variables());
    return variables;
  }

  /**
   * The environment an ESP-IDF build runs in: {@code IDF_PATH} (the given SDK, or a placeholder
   * that names no directory) and {@code ESP_IDF_VERSION} ({@code X.Y}), unless already set.
   */
  static Map<String, String> environment(ModelOptions options) {
    Map<String, String> env = new TreeMap<>(options.env());
    if (options.sdk().idfPath() != null) {
      env.putIfAbsent("IDF_PATH", options.sdk().idfPath().toString());
    }
    env.putIfAbsent("IDF_PATH", PLACEHOLDER_IDF_PATH);
    int[] version = options.sdk().versionParts();
    env.putIfAbsent("ESP_IDF_VERSION", version[0] + "." + version[1]);
    return env;
  }

  static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return text;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** For tests: the version the built-in table was checked against. */
  static String builtinVersion() {
    return BuiltinOptions.IDF_VERSION;
  }
}
