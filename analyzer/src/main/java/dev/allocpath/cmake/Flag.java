package dev.allocpath.cmake;

import java.nio.file.Path;

/** One compiler or linker setting, parsed out of CMake option lists or a compile command. */
sealed interface Flag {
  /** {@code -DNAME[=VALUE]}; a bare name has the value "1", as gcc defines it. */
  record Define(String name, String value) implements Flag {}

  /** {@code -UNAME}. */
  record Undefine(String name) implements Flag {}

  /** {@code -I dir} or {@code -iquote dir}, already absolute. */
  record IncludeDir(Path dir, boolean quoteOnly) implements Flag {}

  /** {@code -include FILE}, as written; resolved once the include directories are known. */
  record ForcedInclude(String spelled) implements Flag {}

  /** {@code -Wl,--wrap=SYMBOL} in any spelling. */
  record Wrap(String symbol) implements Flag {}

  /** Any other option, kept verbatim. */
  record Other(String text) implements Flag {}

  /** Parses {@code NAME}, {@code NAME=VALUE} or {@code NAME=}. */
  static Define define(String text) {
    int eq = text.indexOf('=');
    return eq < 0 ? new Define(text, "1") : new Define(text.substring(0, eq), text.substring(eq + 1));
  }
}
