package dev.allocpath.cmake;

import dev.allocpath.kconfig.SdkCompatHeader;
import dev.allocpath.kconfig.SdkOptions;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives every unit what ESP-IDF's build and SDK would: the configuration as {@code sdkconfig.h}
 * defines it (a generated header at {@code build/config/sdkconfig.h}, on the include path; the
 * parser also force-includes it, since the SDK headers that would include it are absent), the
 * SDK compatibility macros the unit cannot find headers for (a generated header the parser
 * force-includes; it is not one of the build's forced includes, so rules never see it), {@code --define} macros, and with {@code --idf-path}
 * the SDK's common include directories instead of the compatibility macros.
 */
final class ConfigurationUnits {
  static final String SDKCONFIG_HEADER = BuildConfig.SDKCONFIG_HEADER;
  static final String COMPAT_HEADER = BuildConfig.SDK_COMPAT_HEADER;

  /**
   * The SDK include directories added with {@code --idf-path}: the common components' public
   * headers as ESP-IDF 5.x lays them out ({@code <target>} is replaced). Kept short on purpose:
   * enough for attributes, logging, errors, FreeRTOS, heap and networking macros.
   */
  static final List<String> SDK_INCLUDE_DIRS = List.of(
      "components/esp_common/include", "components/log/include", "components/esp_system/include",
      "components/esp_hw_support/include", "components/esp_rom/include", "components/heap/include",
      "components/freertos/FreeRTOS-Kernel/include", "components/freertos/config/include",
      "components/freertos/config/include/freertos", "components/freertos/esp_additions/include",
      "components/newlib/platform_include", "components/soc/include", "components/soc/<target>/include",
      "components/hal/include", "components/esp_netif/include", "components/esp_event/include",
      "components/esp_timer/include", "components/pthread/include", "components/esp_psram/include",
      "components/mbedtls/port/include");

  private ConfigurationUnits() {}

  static List<CompileUnit> apply(Path root, List<CompileUnit> units, BuildConfig config, SdkOptions sdk) {
    String sdkconfig = header(config);
    Path sdkconfigPath = root.resolve(SDKCONFIG_HEADER);
    Path compatPath = root.resolve(COMPAT_HEADER);
    List<Path> sdkDirs = sdkDirs(sdk, config);
    Map<List<Path>, String> compatByDirs = new HashMap<>();
    List<CompileUnit> out = new ArrayList<>();
    for (CompileUnit unit : units) {
      Map<Path, String> virtual = new TreeMap<>(unit.virtualFiles());
      boolean generated = false;
      List<Path> dirs = new ArrayList<>(unit.includeDirs());
      dirs.addAll(sdkDirs);
      if (sdkconfig != null) {
        virtual.put(sdkconfigPath, sdkconfig);
        dirs.add(sdkconfigPath.getParent());
        generated = true;
      }
      if (sdk.idfPath() == null) {
        String compat = compatByDirs.computeIfAbsent(List.copyOf(dirs),
            d -> SdkCompatHeader.forUnit(name -> found(d, name, virtual), sdk.versionParts()));
        if (compat != null) {
          virtual.put(compatPath, compat);
          generated = true;
        }
      }
      if (!generated && sdk.predefines().isEmpty() && sdkDirs.isEmpty()) {
        out.add(unit);
        continue;
      }
      Map<String, String> defines = new LinkedHashMap<>(unit.defines());
      sdk.predefines().forEach((name, value) -> {
        defines.remove(name);
        defines.put(name, value == null ? "1" : value);
      });
      out.add(new CompileUnit(unit.source(), unit.component(), unit.language(), Collections.unmodifiableMap(defines),
          unit.undefines(), List.copyOf(dirs), unit.forcedIncludes(), Collections.unmodifiableMap(virtual)));
    }
    return List.copyOf(out);
  }

  /** Whether {@code name} is found in one of the directories (a project file or a generated one). */
  private static boolean found(List<Path> dirs, String name, Map<Path, String> virtual) {
    for (Path dir : dirs) {
      Path candidate = dir.resolve(name).normalize();
      if (virtual.containsKey(candidate) || Files.isRegularFile(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> sdkDirs(SdkOptions sdk, BuildConfig config) {
    if (sdk.idfPath() == null) {
      return List.of();
    }
    String target = config.value("CONFIG_IDF_TARGET").map(v -> ConfigurationFiles.unquote(v.value()))
        .orElse(sdk.target() != null ? sdk.target() : ConfigurationFiles.DEFAULT_TARGET);
    List<Path> dirs = new ArrayList<>();
    for (String dir : SDK_INCLUDE_DIRS) {
      Path path = sdk.idfPath().resolve(dir.replace("<target>", target)).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        dirs.add(path);
      }
    }
    return dirs;
  }

  /**
   * The text of sdkconfig.h for a configuration, as ESP-IDF writes it: {@code y} as 1, numbers
   * and strings as written, unset options absent. Null when there is nothing to define.
   */
  static String header(BuildConfig config) {
    StringBuilder out = new StringBuilder();
    for (ConfigValue value : config.values().values()) {
      if (value.isSet()) {
        out.append("#define ").append(value.name()).append(' ')
            .append(value.value().equals("y") ? "1" : value.value()).append('\n');
      }
    }
    if (out.length() == 0) {
      return null;
    }
    return "/* Generated by allocpath from " + config.description() + " (like ESP-IDF's build/config/sdkconfig.h) */\n"
        + "#pragma once\n" + out;
  }
}
