package dev.allocpath.cmake;

import dev.allocpath.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the CMake files said about one component, collected while they are evaluated. */
final class ComponentState {
  /** A source the build lists; it may not exist (reported when the model is assembled). */
  record SourceEntry(Path file, Origin origin) {}

  /** A REQUIRES (public) or PRIV_REQUIRES entry, or a link to another component's library. */
  record Requirement(String name, boolean isPublic, Origin origin) {}

  final String name;
  final Path dir;
  final Path cmakeLists;
  Origin registration;
  /** Registered without sources: ESP-IDF makes an INTERFACE library, so its settings are interface-only. */
  boolean configOnly;
  final List<SourceEntry> sources = new ArrayList<>();
  final List<ScopedFlag> flags = new ArrayList<>();
  final List<Requirement> requirements = new ArrayList<>();
  final Map<Path, String> virtualFiles = new TreeMap<>();
  /** target_link_libraries items that are neither components nor flags: plain libraries, maybe. */
  final List<LibraryTarget.Link> libraryLinks = new ArrayList<>();
  /** add_prebuilt_library() and IMPORTED libraries: archives without sources to analyse. */
  final List<String> prebuiltLibraries = new ArrayList<>();
  /** Source file properties (COMPILE_OPTIONS, ...), by absolute source path, then property name. */
  final Map<Path, Map<String, List<ScopedFlag>>> sourceProperties = new HashMap<>();

  ComponentState(String name, Path dir, Path cmakeLists) {
    this.name = name;
    this.dir = dir;
    this.cmakeLists = cmakeLists;
  }

  /** The ESP-IDF library target name, {@code __idf_<name>}. */
  String library() {
    return "__idf_" + name;
  }
}
