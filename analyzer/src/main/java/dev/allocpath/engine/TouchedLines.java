package dev.allocpath.engine;

import dev.allocpath.api.SourceLocation;
import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The lines a change adds or modifies, per file (the new side of a diff): what changed-lines mode
 * ({@code --diff-lines}, {@code --staged-lines}) judges. A file that only lost lines is present
 * with no touched line.
 */
public final class TouchedLines {
  private final Map<String, BitSet> byFile;

  TouchedLines(Map<String, BitSet> byFile) {
    this.byFile = Collections.unmodifiableMap(new TreeMap<>(byFile));
  }

  /** The files of the change, as named in it. */
  public Set<String> files() {
    return byFile.keySet();
  }

  /** Whether any line of the region {@code at} covers is touched. */
  public boolean touches(SourceLocation at) {
    BitSet lines = byFile.get(at.path());
    if (lines == null || at.line() < 1) {
      return false;
    }
    int last = Math.max(at.line(), at.endLine());
    int next = lines.nextSetBit(at.line());
    return next >= 0 && next <= last;
  }

  public boolean touchesFile(String path) {
    return byFile.containsKey(path);
  }

  /**
   * The same lines under other names, e.g. repository-relative paths made project-relative;
   * files {@code rename} maps to null (outside the project) are left out.
   */
  public TouchedLines renamed(Function<String, String> rename) {
    Map<String, BitSet> out = new TreeMap<>();
    byFile.forEach((path, lines) -> {
      String name = rename.apply(path);
      if (name != null) {
        out.computeIfAbsent(name, k -> new BitSet()).or(lines);
      }
    });
    return new TouchedLines(out);
  }
}
