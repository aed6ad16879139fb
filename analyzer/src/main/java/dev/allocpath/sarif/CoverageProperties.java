package dev.allocpath.sarif;

import dev.allocpath.model.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code coverage} object of the SARIF run properties (plain maps and lists, in a stable order). */
public final class CoverageProperties {
  /** Files listed; the count is always exact. */
  static final int MAX_FILES = 1_000;

  private CoverageProperties() {}

  public static Map<String, Object> of(Coverage c) {
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("found", c.components().size());
    components.put("compiling", c.compiling());
    List<Map<String, Object>> nothing = new ArrayList<>();
    for (Coverage.ComponentCoverage n : c.compilingNothing()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", n.name());
      entry.put("dir", n.dir());
      entry.put("reason", n.reason());
      nothing.add(entry);
    }
    components.put("compilingNothing", nothing);

    Map<String, Object> units = new LinkedHashMap<>();
    units.put("analysed", c.unitsAnalysed());
    units.put("withParseErrors", c.unitsWithParseErrors());

    Map<String, Object> uncompiled = new LinkedHashMap<>();
    List<String> files = c.uncompiledSources();
    uncompiled.put("count", files.size());
    uncompiled.put("files", files.subList(0, Math.min(MAX_FILES, files.size())));

    List<Map<String, Object>> skipped = new ArrayList<>();
    for (Coverage.SkippedDirectory s : c.skipped()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("directory", s.dir());
      entry.put("sources", s.sources());
      entry.put("option", s.option());
      skipped.add(entry);
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("components", components);
    out.put("units", units);
    out.put("uncompiledSources", uncompiled);
    out.put("skipped", skipped);
    return out;
  }
}
