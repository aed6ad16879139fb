package dev.allocpath.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps each unit's facts on disk between runs. An entry is keyed by the tool version, the unit's
 * flags and the source's bytes, and is only used while every project file the parse read (the
 * headers, forced includes included) still has the same bytes; otherwise the unit is parsed again.
 * A broken or unreadable entry is a miss, never an error. Limitation: a header that did not exist
 * when the entry was written and now would be found is not noticed; {@code --cache} of a fresh
 * directory is always correct.
 */
public final class FactCache {
  /** What is stored: the facts and the hash of every file they were read from. */
  record Entry(Map<String, String> fileHashes, UnitFacts facts) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;
  private final Path root;
  private final String toolVersion;

  public FactCache(Path dir, Path root, String toolVersion) {
    this.dir = dir;
    this.root = root;
    this.toolVersion = toolVersion;
  }

  /** A parser that answers from the cache when it can and stores what it parses. */
  public UnitParser wrap(UnitParser parser) {
    return unit -> {
      String key = key(unit);
      if (key == null) {
        return parser.parse(unit);
      }
      UnitFacts cached = lookup(key, unit);
      if (cached != null) {
        return cached;
      }
      UnitFacts parsed = parser.parse(unit);
      store(key, unit, parsed);
      return parsed;
    };
  }

  private UnitFacts lookup(String key, CompileUnit unit) {
    Path file = dir.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      for (var hash : entry.fileHashes().entrySet()) {
        if (!hash.getValue().equals(hashOf(hash.getKey(), unit))) {
          return null;
        }
      }
      return entry.facts();
    } catch (IOException | RuntimeException e) {
      return null; // a damaged entry is just a miss
    }
  }

  private void store(String key, CompileUnit unit, UnitFacts facts) {
    if (!facts.problems().isEmpty() && facts.problems().stream().anyMatch(p -> p.kind().startsWith("parse-timeout"))) {
      return; // an incomplete parse must be retried next time
    }
    try {
      Map<String, String> hashes = new TreeMap<>();
      List<String> files = new ArrayList<>(facts.includedFiles());
      files.add(facts.unitPath());
      for (String path : files) {
        String hash = hashOf(path, unit);
        if (hash != null) {
          hashes.put(path, hash);
        }
      }
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, key, ".tmp");
      JSON.writeValue(temp.toFile(), new Entry(hashes, facts));
      Files.move(temp, dir.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // The cache only saves time: a full disk or a read-only directory must not fail the scan.
    }
  }

  /** Hash of a project file's current bytes (or of a virtual file's text); null when unreadable. */
  private String hashOf(String relativePath, CompileUnit unit) {
    Path file = root.resolve(relativePath).normalize();
    String virtual = unit.virtualFiles().get(file);
    try {
      byte[] bytes = virtual != null ? virtual.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
      return sha256(bytes);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Tool version, the unit's flags and its source bytes. */
  private String key(CompileUnit unit) {
    String source = hashOf(ProjectPaths.relative(root, unit.source()), unit);
    if (source == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(toolVersion).append('\n')
        .append(ProjectPaths.relative(root, unit.source())).append('\n')
        .append(unit.component()).append('\n').append(unit.language()).append('\n')
        .append(unit.defines()).append('\n').append(unit.undefines()).append('\n');
    unit.includeDirs().forEach(d -> text.append(ProjectPaths.relative(root, d)).append(';'));
    text.append('\n');
    unit.forcedIncludes().forEach(f -> text.append(f.file()).append(';'));
    text.append('\n').append(source);
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
