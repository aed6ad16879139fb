package dev.allocpath.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Size of a generated tree, as the benchmark reports it.
 *
 * @param files every file written (sources, headers, CMakeLists.txt)
 * @param sourceFiles C/C++ sources and headers ({@code .c .cpp .h .hpp}), compiled or not
 * @param sourceLines lines of those
 * @param units translation units the components compile (their SRCS)
 * @param unitLines lines of those units, headers not included
 * @param bytes bytes of every file written
 * @param components components, header-only ones included
 */
public record TreeStats(
    int files, int sourceFiles, long sourceLines, int units, long unitLines, long bytes, int components) {

  /** {@code key=value} lines, for bench/run.sh to read. */
  public String toProperties() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : asMap().entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    return sb.toString();
  }

  private Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("files", files);
    map.put("source_files", sourceFiles);
    map.put("source_lines", sourceLines);
    map.put("units", units);
    map.put("unit_lines", unitLines);
    map.put("bytes", bytes);
    map.put("components", components);
    return map;
  }
}
