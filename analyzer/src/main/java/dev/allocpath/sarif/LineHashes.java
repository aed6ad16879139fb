package dev.allocpath.sarif;

import dev.allocpath.api.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub line hashes of the project's files as they are now, each file read and hashed once per
 * run. A file that cannot be read simply has no hashes: the upload action then computes them, or
 * GitHub matches by rule and path alone.
 *
 * <p>The files of the lines asked for are hashed up front, in parallel, and each only as far as
 * its last line asked for: on large projects hashing whole files one after another took seconds.
 */
final class LineHashes {
  /** The hashes of a file's first lines; {@code whole} when they are all of its lines. */
  private record Hashed(List<String> lines, boolean whole) {}

  private final Path root;
  private final Map<String, Hashed> byPath = new ConcurrentHashMap<>();

  /** @param wanted the locations whose line hashes will be asked for */
  LineHashes(Path root, Collection<SourceLocation> wanted) {
    this.root = root;
    Map<String, Integer> lastLine = new TreeMap<>();
    for (SourceLocation at : wanted) {
      lastLine.merge(at.path(), at.line(), Math::max);
    }
    lastLine.entrySet().parallelStream().forEach(e -> byPath.put(e.getKey(), hashFile(e.getKey(), e.getValue())));
  }

  /** The hash of a 1-based line of a project-relative file, if the file is readable and that long. */
  Optional<String> of(String path, int line) {
    Hashed hashed = byPath.get(path);
    if (hashed == null || !hashed.whole() && line > hashed.lines().size()) {
      hashed = hashFile(path, Integer.MAX_VALUE); // a line that was not announced: hash the whole file
      byPath.put(path, hashed);
    }
    List<String> hashes = hashed.lines();
    return line >= 1 && line <= hashes.size() ? Optional.of(hashes.get(line - 1)) : Optional.empty();
  }

  private Hashed hashFile(String path, int lines) {
    try {
      // GitHub reads the file as UTF-8 and replaces malformed bytes by U+FFFD; so does this.
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      List<String> hashes = GithubLineHash.ofLines(new String(bytes, StandardCharsets.UTF_8), lines);
      return new Hashed(hashes, hashes.size() < lines);
    } catch (IOException | RuntimeException e) {
      return new Hashed(List.of(), true);
    }
  }
}
