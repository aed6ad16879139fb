package dev.allocpath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads a generated tree back for assertions: every file by project-relative path. */
final class GeneratedTree {
  final Path root;
  final Map<String, byte[]> files = new TreeMap<>();

  GeneratedTree(Path root) {
    this.root = root;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new AssertionError("no file " + path);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** All files whose path matches, concatenated. */
  String all(Predicate<String> path) {
    StringBuilder sb = new StringBuilder();
    files.forEach((p, b) -> {
      if (path.test(p)) {
        sb.append(new String(b, StandardCharsets.UTF_8)).append('\n');
      }
    });
    return sb.toString();
  }

  long count(Predicate<String> path) {
    return files.keySet().stream().filter(path).count();
  }
}
