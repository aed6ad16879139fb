package dev.allocpath.sarif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub line hashes of the project's files as they are now, each file read and hashed once per
 * run. A file that cannot be read simply has no hashes: the upload action then computes them, or
 * GitHub matches by rule and path alone.
 */
final class LineHashes {
  private final Path root;
  private final Map<String, List<String>> byPath = new HashMap<>();

  LineHashes(Path root) {
    this.root = root;
  }

  /** The hash of a 1-based line of a project-relative file, if the file is readable and that long. */
  Optional<String> of(String path, int line) {
    List<String> hashes = byPath.computeIfAbsent(path, this::hashFile);
    return line >= 1 && line <= hashes.size() ? Optional.of(hashes.get(line - 1)) : Optional.empty();
  }

  private List<String> hashFile(String path) {
    try {
      // GitHub reads the file as UTF-8 and replaces malformed bytes by U+FFFD; so does this.
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      return GithubLineHash.ofLines(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
