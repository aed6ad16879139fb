package dev.allocpath.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The version this build of allocpath reports (from the Maven project version). */
public final class ToolVersion {
  private ToolVersion() {}

  /**
   * The version plus the identity of the jar it runs from (size and modification time), for
   * caches: facts made by one build must not be reused by another build of the same version,
   * as happens to anyone building allocpath from source.
   */
  public static String build() {
    String version = get();
    try {
      var source = ToolVersion.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location)) {
          return version + "+" + Files.size(location) + "." + Files.getLastModifiedTime(location).toMillis();
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // no jar to identify: the version alone
    }
    return version;
  }

  public static String get() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/allocpath/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "0.0.0");
      return v.startsWith("${") ? "0.0.0" : v;
    } catch (IOException e) {
      return "0.0.0";
    }
  }
}
