package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which plain libraries (add_library) end up in which component, and the usage requirements links
 * pass on, as CMake computes them. A library a component links, directly or through other plain
 * libraries (any scope: a static library's own links are linked too), is compiled into the firmware;
 * its sources are analysed as units of the first component (in name order) that links it. Usage
 * requirements (PUBLIC and INTERFACE settings) travel along PUBLIC and INTERFACE links, transitively.
 */
final class LibraryLinks {
  /** A flag reaching a unit, and the directory a relative forced include in it is looked up from. */
  record Usage(ScopedFlag flag, Path dir) {}

  private final BuildSession session;
  private final Map<String, List<LibraryTarget>> compiled = new HashMap<>();
  private final Map<String, ComponentState> owners = new LinkedHashMap<>();

  LibraryLinks(BuildSession session) {
    this.session = session;
    for (ComponentState c : session.components.values()) {
      List<LibraryTarget> mine = new ArrayList<>();
      Deque<LibraryTarget.Link> queue = new ArrayDeque<>(c.libraryLinks);
      Set<String> seen = new HashSet<>();
      while (!queue.isEmpty()) {
        LibraryTarget library = session.libraryByTarget(queue.poll().name());
        if (library == null || !seen.add(library.name)) {
          continue;
        }
        queue.addAll(library.links);
        if (library.kind != LibraryTarget.Kind.INTERFACE && owners.putIfAbsent(library.name, c) == null) {
          mine.add(library);
        }
      }
      compiled.put(c.name, mine);
    }
  }

  /** The plain libraries whose sources are analysed as part of {@code c}, in link order. */
  List<LibraryTarget> compiledBy(ComponentState c) {
    return compiled.getOrDefault(c.name, List.of());
  }

  /** Libraries with sources that no component links: the firmware does not compile them. */
  List<LibraryTarget> unlinked() {
    List<LibraryTarget> out = new ArrayList<>();
    for (LibraryTarget library : session.libraries.values()) {
      if (!owners.containsKey(library.name) && library.kind != LibraryTarget.Kind.INTERFACE) {
        out.add(library);
      }
    }
    return out;
  }

  /** What the given links pass on to the target that has them (every link's interface, whatever its scope). */
  List<Usage> usageOf(List<LibraryTarget.Link> links) {
    List<Usage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LibraryTarget.Link link : links) {
      interfaceOf(link.name(), seen, out);
    }
    return out;
  }

  /** What a component's PUBLIC/INTERFACE library links pass on to the components that require it. */
  List<Usage> publicUsageOf(ComponentState c) {
    List<Usage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LibraryTarget.Link link : c.libraryLinks) {
      if (link.scope().propagates()) {
        interfaceOf(link.name(), seen, out);
      }
    }
    return out;
  }

  /** The flags a library (plain or a component's) exposes to what links it, transitively. */
  private void interfaceOf(String target, Set<String> seen, List<Usage> out) {
    LibraryTarget library = session.libraryByTarget(target);
    if (library != null) {
      if (!seen.add("lib:" + library.name)) {
        return;
      }
      for (ScopedFlag f : library.flags) {
        if (f.scope().propagates()) {
          out.add(new Usage(f, library.sourceDir));
        }
      }
      for (LibraryTarget.Link link : library.links) {
        if (link.scope().propagates()) {
          interfaceOf(link.name(), seen, out);
        }
      }
      return;
    }
    ComponentState component = session.componentByTarget(target);
    if (component == null || !seen.add("component:" + component.name)) {
      return;
    }
    for (ScopedFlag f : component.flags) {
      if (f.scope().propagates()) {
        out.add(new Usage(f, component.dir));
      }
    }
    for (ComponentState.Requirement r : component.requirements) {
      if (r.isPublic()) {
        interfaceOf("__idf_" + r.name(), seen, out);
      }
    }
    for (LibraryTarget.Link link : component.libraryLinks) {
      if (link.scope().propagates()) {
        interfaceOf(link.name(), seen, out);
      }
    }
  }

  /**
   * Directory-level settings (add_compile_options and friends) that reach a library: those of its
   * directory and of every parent directory up to the project root, outermost first.
   */
  List<Usage> directoryUsage(LibraryTarget library) {
    List<Path> chain = new ArrayList<>();
    for (Path dir = library.sourceDir; dir != null && dir.startsWith(session.root); dir = dir.getParent()) {
      chain.add(0, dir);
    }
    List<Usage> out = new ArrayList<>();
    for (Path dir : chain) {
      for (ScopedFlag f : session.directoryFlags.getOrDefault(dir, List.of())) {
        out.add(new Usage(f, dir));
      }
    }
    return out;
  }
}
