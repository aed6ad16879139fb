package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -I} directories ESP-IDF gives a component's units: its own {@code include} and
 * {@code src}, then the public include directories of what it requires, transitively through
 * their public {@code REQUIRES} (private ones do not propagate).
 */
final class IncludePaths {
  private IncludePaths() {}

  static List<String> forUnits(ComponentPlan plan, Map<String, ComponentPlan> all) {
    Set<String> dirs = new LinkedHashSet<>();
    String own = "components/" + plan.name() + "/";
    dirs.add(own + "include");
    dirs.add(own + "src");
    List<String> direct = new ArrayList<>(plan.requires());
    direct.addAll(plan.privRequires());
    for (String name : direct) {
      addPublic(name, all, dirs);
    }
    return List.copyOf(dirs);
  }

  private static void addPublic(String name, Map<String, ComponentPlan> all, Set<String> dirs) {
    if (!dirs.add("components/" + name + "/include")) {
      return;
    }
    ComponentPlan dep = all.get(name);
    if (dep != null) {
      for (String next : dep.requires()) {
        addPublic(next, all, dirs);
      }
    }
  }
}
