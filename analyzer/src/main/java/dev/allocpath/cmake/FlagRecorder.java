package dev.allocpath.cmake;

import dev.allocpath.model.Language;
import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.List;

/** Parses option lists of a command and records them as {@link ScopedFlag}s with the command's origin. */
final class FlagRecorder {
  private FlagRecorder() {}

  static void options(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items, Language only) {
    for (CompileOptionParser.Parsed p : CompileOptionParser.parseOptions(items, call.sourceDir(), call::unsupported)) {
      Language language = only != null ? only : p.language();
      into.add(new ScopedFlag(p.flag(), scope, language, call.origin(), ScopedFlag.Kind.OPTION));
    }
  }

  static void definitions(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items, Language only) {
    for (CompileOptionParser.Parsed p : CompileOptionParser.parseDefinitions(items, call::unsupported)) {
      Language language = only != null ? only : p.language();
      into.add(new ScopedFlag(p.flag(), scope, language, call.origin(), ScopedFlag.Kind.DEFINITION));
    }
  }

  /**
   * add_definitions(): CMake turns {@code -D} items into definitions and passes the rest through as
   * options.
   */
  static void legacyDefinitions(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items) {
    for (CompileOptionParser.Parsed p : CompileOptionParser.parseOptions(items, call.sourceDir(), call::unsupported)) {
      ScopedFlag.Kind kind = p.flag() instanceof Flag.Define ? ScopedFlag.Kind.DEFINITION : ScopedFlag.Kind.OPTION;
      into.add(new ScopedFlag(p.flag(), scope, p.language(), call.origin(), kind));
    }
  }

  static void includeDirectories(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> dirs) {
    for (OptionItems.Item item : OptionItems.prepare(dirs, call::unsupported)) {
      Path dir = call.resolve(item.text(), call.sourceDir());
      into.add(new ScopedFlag(new Flag.IncludeDir(dir, false), scope, item.language(), call.origin(),
          ScopedFlag.Kind.INCLUDE_DIRECTORY));
    }
  }

  static void linkOptions(CommandCall call, List<ScopedFlag> into, Scope scope, List<String> items) {
    for (Flag flag : LinkOptionParser.parse(items, call::unsupported)) {
      into.add(new ScopedFlag(flag, scope, null, call.origin(), ScopedFlag.Kind.LINK));
    }
  }
}
