package dev.allocpath.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectPaths;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each unit's facts on disk between runs, in one file per cache directory
 * ({@value #FILE_NAME}). An entry is keyed by the tool build, the unit's flags and the source's
 * bytes, and is only used while every project file the parse read (the headers, forced includes
 * included) still has the same bytes; otherwise the unit is parsed again. A missing, broken or
 * unreadable file is a miss, never an error.
 *
 * <p>Why one file: header declarations repeat in the facts of every unit that includes them, so
 * the store keeps each distinct class, alias, function and macro once and units refer to them by
 * number ({@link FactStore}). At the reference size this made the cache 16 times smaller than one
 * JSON file per unit and a re-scan read it in a fraction of the time. The file is written whole
 * after a scan ({@link #save()}), through a temporary file and a rename, so a concurrent run sees
 * the old store or the new one.
 *
 * <p>Limitation: a header that did not exist when the entry was written and now would be found
 * is not noticed; {@code --cache} of a fresh directory is always correct.
 */
public final class FactCache {
  static final String FILE_NAME = "allocpath-facts.smile";

  /** Smile with shared names and short string values: each repeated path or name is stored once. */
  private static final ObjectMapper SMILE = new ObjectMapper(SmileFactory.builder()
          .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
          .build())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;
  private final Path root;
  private final String toolVersion;
  /** Hashes of project files on disk, computed once per run (many units read the same header). */
  private final Map<String, Optional<String>> diskHashes = new ConcurrentHashMap<>();
  /** What this run will write: every unit it met, by key. */
  private final Map<String, FactStore.Stored> current = new ConcurrentHashMap<>();
  private volatile FactStore.Loaded previous;
  /** Whether anything was parsed: otherwise the store only changes when units went away. */
  private volatile boolean parsedAny;

  public FactCache(Path dir, Path root, String toolVersion) {
    this.dir = dir;
    this.root = root;
    this.toolVersion = toolVersion;
  }

  Path root() {
    return root;
  }

  /** Starts reading the store in the background; the first lookup waits for it. */
  public void preload() {
    Thread reader = new Thread(this::previous, "allocpath-cache-read");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * A parser that answers from the cache when it can and remembers what it parses; call
   * {@link #save()} after the last unit.
   */
  public UnitParser wrap(UnitParser parser) {
    return wrap(parser, new FactInterner());
  }

  /** Like {@link #wrap(UnitParser)}; facts read from the cache are shared through {@code interner}. */
  public UnitParser wrap(UnitParser parser, FactInterner interner) {
    return unit -> {
      String key = key(unit);
      if (key == null) {
        return parser.parse(unit);
      }
      UnitFacts cached = lookup(key, unit, interner);
      if (cached != null) {
        return cached;
      }
      UnitFacts parsed = parser.parse(unit);
      parsedAny = true;
      remember(key, unit, parsed);
      return parsed;
    };
  }

  /**
   * Writes the entries of every unit met since this cache was made, and keeps those of units it
   * did not meet (see {@link #entriesToKeep()}); nothing is written when nothing was parsed.
   * Failures are ignored: the
   * cache only saves time, so a full disk or a read-only directory must not fail the scan.
   */
  public void save() {
    if (!parsedAny) {
      return; // every unit met came from the store as it is
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
          SMILE.writeValue(out, FactStore.of(toolVersion, entriesToKeep()));
        }
        Files.move(temp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // see the method comment
    }
  }

  /**
   * The units met in this run, plus the stored units it did not meet (a run narrowed to some
   * components) whose source still exists: an entry replaced by a newer one for the same unit,
   * or of a deleted file, is dropped.
   */
  private Map<String, FactStore.Stored> entriesToKeep() {
    Map<String, FactStore.Stored> keep = new TreeMap<>(current);
    Set<String> met = new HashSet<>();
    current.values().forEach(e -> met.add(e.facts().component() + "|" + e.facts().unitPath()));
    FactStore.Loaded old = previous();
    FactInterner interner = new FactInterner();
    for (var entry : old.units().entrySet()) {
      FactStore.Unit unit = entry.getValue();
      if (keep.containsKey(entry.getKey()) || unit.fileHashes() == null
          || met.contains(unit.component() + "|" + unit.unitPath())
          || !Files.isRegularFile(root.resolve(unit.unitPath()))) {
        continue;
      }
      try {
        keep.put(entry.getKey(), new FactStore.Stored(unit.fileHashes(), old.facts(unit, interner)));
      } catch (RuntimeException e) {
        // a damaged entry is not carried over
      }
    }
    return keep;
  }

  private UnitFacts lookup(String key, CompileUnit unit, FactInterner interner) {
    FactStore.Loaded store = previous();
    FactStore.Unit entry = store.units().get(key);
    if (entry == null || entry.fileHashes() == null) {
      return null;
    }
    for (var hash : entry.fileHashes().entrySet()) {
      if (!hash.getValue().equals(hashOf(hash.getKey(), unit))) {
        return null;
      }
    }
    UnitFacts facts;
    try {
      facts = store.facts(entry, interner);
    } catch (RuntimeException e) {
      return null; // a damaged entry is just a miss
    }
    current.put(key, new FactStore.Stored(entry.fileHashes(), facts));
    return facts;
  }

  private void remember(String key, CompileUnit unit, UnitFacts facts) {
    if (facts.problems().stream().anyMatch(p -> p.kind().startsWith("parse-timeout"))) {
      return; // an incomplete parse must be retried next time
    }
    Map<String, String> hashes = new TreeMap<>();
    List<String> files = new ArrayList<>(facts.includedFiles());
    files.add(facts.unitPath());
    for (String path : files) {
      String hash = hashOf(path, unit);
      if (hash != null) {
        hashes.put(path, hash);
      }
    }
    current.put(key, new FactStore.Stored(hashes, facts));
  }

  /** The store on disk, read once on first use; empty when absent, damaged or of another version. */
  private FactStore.Loaded previous() {
    FactStore.Loaded loaded = previous;
    if (loaded == null) {
      synchronized (this) {
        loaded = previous;
        if (loaded == null) {
          loaded = read();
          previous = loaded;
        }
      }
    }
    return loaded;
  }

  private FactStore.Loaded read() {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return FactStore.Loaded.EMPTY;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      FactStore store = SMILE.readValue(in, FactStore.class);
      return toolVersion.equals(store.toolVersion()) ? store.loaded() : FactStore.Loaded.EMPTY;
    } catch (IOException | RuntimeException e) {
      return FactStore.Loaded.EMPTY; // a damaged store is just a miss
    }
  }

  /** Hash of a project file's current bytes (or of a virtual file's text); null when unreadable. */
  private String hashOf(String relativePath, CompileUnit unit) {
    Path file = root.resolve(relativePath).normalize();
    String virtual = unit.virtualFiles().get(file);
    if (virtual != null) {
      return sha256(virtual.getBytes(StandardCharsets.UTF_8));
    }
    return diskHashes.computeIfAbsent(relativePath, path -> {
      try {
        return Optional.of(sha256(Files.readAllBytes(file)));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }).orElse(null);
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
