package dev.allocpath.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The version this build of allocpath reports (the Maven project version) and its commit. */
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
    return property("version", "0.0.0");
  }

  /**
   * The commit the build was made from, as {@code git describe} names it at build time (a tag
   * plus commits since it, or the abbreviated hash; {@code -dirty} for uncommitted changes), or
   * {@code unknown} when the build had no git checkout.
   */
  public static String commit() {
    return property("commit", "unknown");
  }

  private static String property(String key, String fallback) {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/allocpath/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty(key, fallback).strip();
      return v.isEmpty() || v.startsWith("${") ? fallback : v;
    } catch (IOException e) {
      return fallback;
    }
  }
}
