package dev.allocpath.bench;

import java.util.List;

/**
 * One component of the generated project, decided before any file is written so that components
 * can refer to each other (dependencies, a shared redirect header).
 *
 * @param index position in the project; also what its random stream is derived from
 * @param name directory and CMake name under {@code components/}
 * @param kind C, C++ or header-only
 * @param units compiled translation units (0 for header-only components)
 * @param seed seed of this component's own random stream
 * @param requires public dependencies: header-only components whose headers it includes
 * @param privRequires private dependencies: compiled components whose API it calls
 * @param redirectOwner the component whose {@code <name>_redirect.h} this one force-includes
 *     ({@code this.name} for its own header), or null when its allocations are not redirected
 */
record ComponentPlan(
    int index,
    String name,
    ComponentKind kind,
    int units,
    long seed,
    List<String> requires,
    List<String> privRequires,
    String redirectOwner) {

  ComponentPlan {
    requires = List.copyOf(requires);
    privRequires = List.copyOf(privRequires);
  }

  /** The identifier prefix of this component's C symbols and macros. */
  String prefix() {
    return name;
  }

  String macroPrefix() {
    return name.toUpperCase();
  }

  boolean ownsRedirect() {
    return name.equals(redirectOwner);
  }

  /** Path, relative to the component directory's parent, of the force-included header. */
  String redirectHeader() {
    return redirectOwner + "/include/" + redirectOwner + "_redirect.h";
  }
}
