package dev.allocpath.cmake;

import dev.allocpath.kconfig.SdkconfigFile;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds and reads the project's Kconfig configuration. First version: {@code sdkconfig} at the
 * project root only; without it the configuration is {@link BuildConfig#none()}.
 */
final class ConfigurationFiles {
  private ConfigurationFiles() {}

  static BuildConfig read(Path root, ModelOptions options, NotificationSink sink) {
    Path sdkconfig = root.resolve("sdkconfig");
    if (!Files.isRegularFile(sdkconfig)) {
      return BuildConfig.none();
    }
    if (!dev.allocpath.model.ProjectPaths.insideAfterLinks(root, sdkconfig)) {
      sink.warning(NotificationSink.OUTSIDE_ROOT, "sdkconfig leads outside the project root (a symlink) and was not read; "
          + "the configuration is unknown", "sdkconfig", 1);
      return BuildConfig.none();
    }
    try {
      String text = Files.readString(sdkconfig, StandardCharsets.UTF_8);
      return new BuildConfig("sdkconfig", true, SdkconfigFile.parse(text, "sdkconfig"));
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.warning(NotificationSink.UNSUPPORTED, "cannot read sdkconfig; the configuration is unknown",
          "sdkconfig", 0);
      return BuildConfig.none();
    }
  }

  /**
   * CONFIG values as ESP-IDF hands them to CMake ({@code CONFIG_FOO} variables: set values as
   * written, strings without their quotes, unset options undefined); explicit variables win.
   */
  static Map<String, String> cmakeVariables(BuildConfig config, Map<String, String> explicit) {
    Map<String, String> variables = new TreeMap<>();
    for (ConfigValue value : config.values().values()) {
      if (value.isSet()) {
        String text = value.value();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        variables.put(value.name(), text);
      }
    }
    variables.putAll(explicit);
    return variables;
  }
}
