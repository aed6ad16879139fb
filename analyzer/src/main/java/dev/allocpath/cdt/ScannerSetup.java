package dev.allocpath.cdt;

import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ForcedInclude;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;

/**
 * The compiler command line of one unit as CDT's scanner takes it: the prelude, then the unit's
 * {@code -D}s (later wins), minus its {@code -U}s; {@code -I} directories; {@code -include} files.
 */
final class ScannerSetup {
  private final ExtendedScannerInfo info;
  private final Set<String> commandLineMacros;

  private ScannerSetup(ExtendedScannerInfo info, Set<String> commandLineMacros) {
    this.info = info;
    this.commandLineMacros = commandLineMacros;
  }

  /**
   * @param canServe whether a forced include can be read (project or generated file); others are
   *     left out as system headers are
   * @param preludeIncludes compat headers included before the unit's own forced includes
   */
  static ScannerSetup of(
      CompileUnit unit, Predicate<Path> canServe, List<Path> preludeIncludes) {
    Map<String, String> defines = new LinkedHashMap<>(CompilerPrelude.defines(unit.language()));
    Set<String> commandLine = new LinkedHashSet<>();
    for (Map.Entry<String, String> define : unit.defines().entrySet()) {
      String name = macroName(define.getKey());
      removeMacro(defines, name);
      defines.put(define.getKey(), define.getValue() == null ? "1" : define.getValue());
      commandLine.add(name);
    }
    for (String undefine : unit.undefines()) {
      String name = macroName(undefine);
      removeMacro(defines, name);
      commandLine.remove(name);
    }
    String[] includeDirs =
        unit.includeDirs().stream().map(d -> UnitFiles.key(UnitFiles.normalise(d))).toArray(String[]::new);
    List<String> forced = new ArrayList<>();
    for (Path prelude : preludeIncludes) {
      forced.add(UnitFiles.key(UnitFiles.normalise(prelude)));
    }
    for (ForcedInclude include : unit.forcedIncludes()) {
      if (include.file() != null && canServe.test(UnitFiles.normalise(include.file()))) {
        forced.add(UnitFiles.key(UnitFiles.normalise(include.file())));
      }
    }
    ExtendedScannerInfo info =
        new ExtendedScannerInfo(defines, includeDirs, null, forced.toArray(String[]::new));
    info.setParserSettings(new ParserLimits());
    return new ScannerSetup(info, Set.copyOf(commandLine));
  }

  ExtendedScannerInfo info() {
    return info;
  }

  /** Names the unit's command line defines (reported as macro facts; the prelude is not). */
  Set<String> commandLineMacros() {
    return commandLineMacros;
  }

  /** {@code NAME} of a define key that may be {@code NAME(params)}. */
  static String macroName(String key) {
    int paren = key.indexOf('(');
    return (paren < 0 ? key : key.substring(0, paren)).trim();
  }

  private static void removeMacro(Map<String, String> defines, String name) {
    Iterator<String> keys = defines.keySet().iterator();
    while (keys.hasNext()) {
      if (macroName(keys.next()).equals(name)) {
        keys.remove();
      }
    }
  }
}
