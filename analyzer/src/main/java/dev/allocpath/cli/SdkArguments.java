package dev.allocpath.cli;

import dev.allocpath.config.ProjectConfig;
import dev.allocpath.kconfig.SdkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The options that describe the ESP-IDF build around the project (a picocli mixin of
 * {@code scan}). The command line wins over {@code .allocpath.yml}; {@code IDF_PATH} and
 * {@code ESP_IDF_VERSION} are the only variables read from the environment, and only when no
 * option or key gives the same thing.
 */
final class SdkArguments {
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

  @Option(names = "--sdkconfig", paramLabel = "FILE", description = "The Kconfig configuration to use (sdkconfig, sdkconfig.json or a board's sdkconfig.*); default: build/config/sdkconfig.json or .h, sdkconfig, else sdkconfig.defaults (+ .<target>).")
  Path sdkconfig;

  @Option(names = "--target", paramLabel = "CHIP", description = "The chip (IDF_TARGET, CONFIG_IDF_TARGET), e.g. esp32s3; default: the configuration's, else esp32p4.")
  String target;

  @Option(names = "--idf-version", paramLabel = "X.Y.Z", description = "ESP-IDF version for IDF_VERSION_* and ESP_IDF_VERSION_* (default: $ESP_IDF_VERSION, else " + dev.allocpath.kconfig.BuiltinOptions.IDF_VERSION + ", the version the built-in option table was checked against).")
  String idfVersion;

  @Option(names = "--idf-path", paramLabel = "DIR", description = "The ESP-IDF SDK: its headers are used and no SDK macro is faked (default: $IDF_PATH when set).")
  Path idfPath;

  @Option(names = "-D", paramLabel = "NAME=VALUE", description = "Set a CMake cache variable, as idf.py -DNAME=VALUE does (repeatable).")
  Map<String, String> cacheVariables = new LinkedHashMap<>();

  @Option(names = "--define", paramLabel = "NAME[=VALUE]", description = "Predefine a C/C++ macro for every unit (repeatable).")
  List<String> defines = new java.util.ArrayList<>();

  /**
   * @param env the process environment ({@code System.getenv()}; tests pass their own)
   * @throws UsageException for a missing file or directory or a malformed value
   */
  SdkOptions resolve(ProjectConfig config, Path root, Map<String, String> env) {
    Path file = sdkconfig != null ? sdkconfig : config.single("sdkconfig").map(root::resolve).orElse(null);
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException("sdkconfig file not found: " + file, null);
    }
    String chip = target != null ? target : config.single("target").orElse(null);
    if (chip != null && !chip.matches("[a-z][a-z0-9_]{0,31}")) {
      throw new UsageException("--target: '" + chip + "' is not a chip name (e.g. esp32, esp32s3, esp32p4)");
    }
    String version = idfVersion != null ? idfVersion : config.single("idf-version").orElse(null);
    if (version == null && SdkOptions.isVersion(env.get("ESP_IDF_VERSION"))) {
      version = env.get("ESP_IDF_VERSION");
    }
    if (version != null && !SdkOptions.isVersion(version)) {
      throw new UsageException("--idf-version: '" + version + "' is not a version (allowed: X.Y or X.Y.Z)");
    }
    Path sdk = idfPath != null ? idfPath : config.single("idf-path").map(root::resolve).orElse(null);
    if (sdk == null && env.get("IDF_PATH") != null && !env.get("IDF_PATH").isBlank()
        && Files.isDirectory(Path.of(env.get("IDF_PATH")))) {
      sdk = Path.of(env.get("IDF_PATH"));
    }
    if (sdk != null && !Files.isDirectory(sdk)) {
      throw new UsageException("--idf-path: not a directory: " + sdk);
    }
    Map<String, String> cache = new TreeMap<>();
    for (String entry : config.lists().getOrDefault("cmake-defines", List.of())) {
      put(cache, entry, true, "cmake-defines");
    }
    cacheVariables.forEach((name, value) -> put(cache, name + "=" + value, true, "-D"));
    Map<String, String> macros = new LinkedHashMap<>();
    for (String entry : config.lists().getOrDefault("defines", List.of())) {
      put(macros, entry, false, "defines");
    }
    for (String entry : defines) {
      put(macros, entry, false, "--define");
    }
    return new SdkOptions(file == null ? null : file.toAbsolutePath().normalize(), chip, version,
        sdk == null ? null : sdk.toAbsolutePath().normalize(), macros, cache);
  }

  private static void put(Map<String, String> into, String entry, boolean valueRequired, String option) {
    int equals = entry.indexOf('=');
    String name = equals < 0 ? entry : entry.substring(0, equals);
    if (!name.matches(NAME) || (valueRequired && equals < 0)) {
      throw new UsageException(option + ": '" + entry + "' is not " + (valueRequired ? "NAME=VALUE" : "NAME or NAME=VALUE"));
    }
    into.put(name, equals < 0 ? null : entry.substring(equals + 1));
  }
}
