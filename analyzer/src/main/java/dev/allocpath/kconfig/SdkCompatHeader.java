package dev.allocpath.kconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The compatibility header for SDK macros ({@value #RESOURCE}): groups of guarded definitions,
 * each standing in for one SDK header. A unit gets the groups whose headers its include path
 * cannot find; with the real SDK nothing is used.
 */
public final class SdkCompatHeader {
  static final String RESOURCE = "sdk-compat.h";
  private static final String GROUP = "// group:";

  /** One group: the headers it stands in for and its text. */
  public record Group(List<String> headers, String text) {}

  private static final List<Group> GROUPS = load();

  private SdkCompatHeader() {}

  public static List<Group> groups() {
    return GROUPS;
  }

  /**
   * The header for a unit, or null when every group's header is found.
   *
   * @param found whether the unit's include path finds a header (as {@code #include "name"})
   * @param version the ESP-IDF version {@code X.Y.Z} for {@code ESP_IDF_VERSION_*}
   */
  public static String forUnit(Predicate<String> found, int[] version) {
    StringBuilder out = new StringBuilder();
    for (Group group : GROUPS) {
      if (group.headers().stream().noneMatch(found)) {
        out.append("// stands in for ").append(String.join(", ", group.headers())).append('\n').append(group.text());
      }
    }
    if (out.length() == 0) {
      return null;
    }
    return "#pragma once\n" + out.toString()
        .replace("@MAJOR@", String.valueOf(version[0]))
        .replace("@MINOR@", String.valueOf(version[1]))
        .replace("@PATCH@", String.valueOf(version[2]));
  }

  private static List<Group> load() {
    String text;
    try (InputStream in = SdkCompatHeader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Group> groups = new ArrayList<>();
    List<String> headers = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith(GROUP)) {
        if (headers != null) {
          groups.add(new Group(headers, body.toString()));
        }
        headers = List.of(line.substring(GROUP.length()).strip().split("\\s+"));
        body.setLength(0);
      } else if (headers != null && !line.isBlank()) {
        body.append(line).append('\n');
      }
    }
    if (headers != null) {
      groups.add(new Group(headers, body.toString()));
    }
    return List.copyOf(groups);
  }
}
