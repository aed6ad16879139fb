package dev.allocpath.cmake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which components' usage requirements reach a component, as CMake propagates them: a component
 * sees the interface of each direct requirement (REQUIRES or PRIV_REQUIRES), and an interface
 * includes the interfaces of that component's public requirements (REQUIRES), transitively.
 * PRIV_REQUIRES never pass on. Requirements outside the project (ESP-IDF's own components) carry
 * no settings the model knows and are skipped. Cycles, which ESP-IDF allows, end the walk.
 */
final class DependencyGraph {
  private final Map<String, ComponentState> components;

  DependencyGraph(Map<String, ComponentState> components) {
    this.components = components;
  }

  /** The components whose PUBLIC/INTERFACE settings apply to {@code name}, in propagation order. */
  List<ComponentState> contributors(String name) {
    ComponentState self = components.get(name);
    Set<String> seen = new LinkedHashSet<>();
    seen.add(name);
    List<ComponentState> out = new ArrayList<>();
    for (ComponentState.Requirement direct : self.requirements) {
      collectInterface(direct.name(), seen, out);
    }
    return out;
  }

  private void collectInterface(String start, Set<String> seen, List<ComponentState> out) {
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      String name = queue.poll();
      ComponentState component = components.get(name);
      if (component == null || !seen.add(name)) {
        continue;
      }
      out.add(component);
      for (ComponentState.Requirement r : component.requirements) {
        if (r.isPublic()) {
          queue.add(r.name());
        }
      }
    }
  }
}
