package dev.allocpath.cmake;

import dev.allocpath.model.Origin;
import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain CMake library a component's files define with add_library(), and what the target_*
 * commands gave it. It is compiled into the firmware only when a component links it (directly or
 * through other plain libraries); its sources are then analysed as units of that component.
 */
final class LibraryTarget {
  /** add_library's library types; INTERFACE libraries compile nothing themselves. */
  enum Kind {
    STATIC,
    SHARED,
    MODULE,
    OBJECT,
    INTERFACE
  }

  /** A target_link_libraries item: another plain library or a component, with its scope. */
  record Link(String name, Scope scope, Origin origin) {}

  final String name;
  final Kind kind;
  final Origin origin;
  /** CMAKE_CURRENT_SOURCE_DIR where it was defined: directory-level settings of it and its parents apply. */
  final Path sourceDir;
  /** The component whose files define it (null in the project file). */
  final ComponentState definedIn;
  final List<ComponentState.SourceEntry> sources = new ArrayList<>();
  final List<ScopedFlag> flags = new ArrayList<>();
  final List<Link> links = new ArrayList<>();

  LibraryTarget(String name, Kind kind, Origin origin, Path sourceDir, ComponentState definedIn) {
    this.name = name;
    this.kind = kind;
    this.origin = origin;
    this.sourceDir = sourceDir;
    this.definedIn = definedIn;
  }

  /** An INTERFACE library has only usage requirements: PRIVATE and PUBLIC mean INTERFACE for it. */
  Scope effectiveScope(Scope scope) {
    return kind == Kind.INTERFACE ? Scope.INTERFACE : scope;
  }
}
