package dev.allocpath.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One ESP-IDF component as its CMakeLists.txt declares it. Settings keep their scope and origin;
 * {@link CompileUnit} holds what a single source actually gets after propagation.
 *
 * @param dir absolute, normalised component directory
 * @param cmakeLists absolute path of its CMakeLists.txt
 * @param registration where {@code idf_component_register} was called (null if never)
 * @param requires public requirements (REQUIRES)
 * @param privateRequires PRIV_REQUIRES
 * @param virtualFiles files the build writes ({@code file(WRITE)}), served to the parser by path
 */
public record Component(
    String name,
    Path dir,
    Path cmakeLists,
    Origin registration,
    List<SourceFile> sources,
    List<IncludeDir> includeDirs,
    List<Define> defines,
    List<ForcedInclude> forcedIncludes,
    List<String> compileOptions,
    List<LinkWrap> linkWraps,
    List<String> requires,
    List<String> privateRequires,
    Map<Path, String> virtualFiles) {

  public boolean headerOnly() {
    return sources.isEmpty();
  }
}
