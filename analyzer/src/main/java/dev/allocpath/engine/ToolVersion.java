package dev.allocpath.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build of allocpath reports (from the Maven project version). */
public final class ToolVersion {
  private ToolVersion() {}

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
