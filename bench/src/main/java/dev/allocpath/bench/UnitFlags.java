package dev.allocpath.bench;

import java.util.List;

/**
 * How the build compiles one translation unit, as a compile database would record it. The harness
 * hands these to cppcheck so it is configured exactly like the build.
 *
 * @param path project-relative source path
 * @param cpp C++ (else C)
 * @param includeDirs project-relative {@code -I} directories, in order
 * @param defines {@code -D} values ({@code NAME} or {@code NAME=VALUE})
 * @param forcedInclude project-relative {@code -include} header, or null
 */
record UnitFlags(String path, boolean cpp, List<String> includeDirs, List<String> defines, String forcedInclude) {
  UnitFlags {
    includeDirs = List.copyOf(includeDirs);
    defines = List.copyOf(defines);
  }
}
