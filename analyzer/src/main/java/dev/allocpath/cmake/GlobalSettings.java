package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build-wide settings: {@code idf_build_set_property(COMPILE_OPTIONS|...)} and directory-level
 * commands of the project CMakeLists.txt. They apply to every component.
 */
final class GlobalSettings {
  /** Flags by build property, so a set without APPEND can replace what came before. */
  private final Map<String, List<ScopedFlag>> byProperty = new LinkedHashMap<>();
  /** Other build properties, for idf_build_get_property. */
  final Map<String, String> properties = new HashMap<>();
  final Map<Path, String> virtualFiles = new TreeMap<>();

  void add(String property, List<ScopedFlag> flags, boolean append) {
    List<ScopedFlag> list = byProperty.computeIfAbsent(property, k -> new ArrayList<>());
    if (!append) {
      list.clear();
    }
    list.addAll(flags);
  }

  List<ScopedFlag> flags() {
    List<ScopedFlag> all = new ArrayList<>();
    byProperty.values().forEach(all::addAll);
    return all;
  }
}
