package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.Component;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The component a project file belongs to. A source file belongs to the component that compiles
 * it (a component may compile files from another folder, as libsrtp does); a header to the
 * component whose directory holds it; anything else to the first component (by unit path) whose
 * units include it.
 */
final class ComponentOf {
  static final String OUTSIDE = "(outside components)";

  private record Dir(String prefix, String component) {}

  private final Map<String, String> bySource = new HashMap<>();
  private final Map<String, String> byInclusion = new HashMap<>();
  private final List<Dir> dirs;

  ComponentOf(ProjectFacts facts) {
    for (UnitFacts unit : facts.units()) {
      bySource.putIfAbsent(unit.unitPath(), unit.component());
      unit.includedFiles().forEach(header -> byInclusion.putIfAbsent(header, unit.component()));
    }
    this.dirs = facts.model().components().stream()
        .map(c -> new Dir(prefix(facts.model().relative(c.dir())), c.name()))
        .sorted(Comparator.comparingInt((Dir d) -> -d.prefix().length()).thenComparing(Dir::component))
        .toList();
  }

  String of(String path) {
    String compiled = bySource.get(path);
    if (compiled != null) {
      return compiled;
    }
    for (Dir dir : dirs) {
      if (path.startsWith(dir.prefix())) {
        return dir.component();
      }
    }
    return byInclusion.getOrDefault(path, OUTSIDE);
  }

  /** Every component of the build, by name. */
  static List<String> names(ProjectFacts facts) {
    return facts.model().components().stream().map(Component::name).sorted().distinct().toList();
  }

  private static String prefix(String relativeDir) {
    return relativeDir.isEmpty() || relativeDir.equals(".") ? "" : relativeDir + "/";
  }
}
