package dev.allocpath.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one translation unit is compiled with, after scope propagation: the exact input of one
 * parse. Defines keep their order (later wins, as on a command line).
 *
 * @param source absolute, normalised path of the source file
 * @param component the component that compiles it
 * @param undefines names passed with {@code -U}
 */
public record CompileUnit(
    Path source,
    String component,
    Language language,
    Map<String, String> defines,
    List<String> undefines,
    List<Path> includeDirs,
    List<ForcedInclude> forcedIncludes,
    Map<Path, String> virtualFiles) {}
