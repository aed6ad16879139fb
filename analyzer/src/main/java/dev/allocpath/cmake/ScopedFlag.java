package dev.allocpath.cmake;

import dev.allocpath.model.Language;
import dev.allocpath.model.Origin;
import dev.allocpath.model.Scope;

/**
 * A flag as a component (or the whole build) declared it.
 *
 * @param language null when it applies to every language; set by C_/CXX_COMPILE_OPTIONS and
 *     {@code $<COMPILE_LANGUAGE:..>}
 * @param kind where it came from, which decides its place on the command line: CMake writes
 *     definitions, then include directories, then options
 */
record ScopedFlag(Flag flag, Scope scope, Language language, Origin origin, Kind kind) {
  enum Kind {
    DEFINITION,
    INCLUDE_DIRECTORY,
    OPTION,
    LINK
  }

  boolean appliesTo(Language unitLanguage) {
    return language == null || language == unitLanguage;
  }
}
