package dev.allocpath.kconfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user says about the ESP-IDF build around the project (all optional).
 *
 * @param sdkconfig {@code --sdkconfig FILE}: the configuration to use, before any found one
 * @param target {@code --target}: overrides {@code CONFIG_IDF_TARGET}
 * @param idfVersion {@code --idf-version X.Y.Z}; null means {@link BuiltinOptions#IDF_VERSION}
 * @param idfPath {@code --idf-path DIR} (or {@code IDF_PATH} from the environment): the real SDK,
 *     whose headers are used; then nothing is faked
 * @param predefines {@code --define NAME[=VALUE]}: macros predefined for every unit (null value: 1)
 * @param cacheVariables {@code -D NAME=VALUE}: CMake cache variables, as {@code idf.py -DNAME=VALUE}
 */
public record SdkOptions(Path sdkconfig, String target, String idfVersion, Path idfPath,
    Map<String, String> predefines, Map<String, String> cacheVariables) {
  /**
   * The target when nothing names one (no CONFIG_IDF_TARGET, no --target): the seeds' chip.
   * ESP-IDF itself would take esp32; reports say when this default was used.
   */
  public static final String DEFAULT_TARGET = "esp32p4";

  public SdkOptions {
    predefines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predefines));
    cacheVariables = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(cacheVariables));
  }

  public static SdkOptions none() {
    return new SdkOptions(null, null, null, null, Map.of(), Map.of());
  }

  /** The version used: the given one or the built-in table's. */
  public String version() {
    return idfVersion == null ? BuiltinOptions.IDF_VERSION : idfVersion;
  }

  /** {@code X.Y.Z} split into three numbers (missing parts are 0). */
  public int[] versionParts() {
    String[] parts = version().split("\\.");
    int[] out = new int[3];
    for (int i = 0; i < 3 && i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }

  /** Whether a version string is X.Y or X.Y.Z with small numbers. */
  public static boolean isVersion(String text) {
    return text != null && text.matches("\\d{1,3}\\.\\d{1,3}(\\.\\d{1,3})?");
  }
}
