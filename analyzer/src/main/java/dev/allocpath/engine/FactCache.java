package dev.allocpath.engine;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectPaths;
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
 * Keeps each unit's facts on disk between runs, one store file per component
 * ({@link #fileName(String)}). An entry is keyed by the tool build, the unit's flags and the
 * source's bytes, and is only used while every project file the parse read (the headers, forced
 * includes included) still has the same bytes; otherwise the unit is parsed again. A missing,
 * broken or unreadable file is a miss, never an error.
 *
 * <p>Why a store per component: header declarations repeat in the facts of every unit that
 * includes them, so a store keeps each distinct class, alias, function and macro once and units
 * refer to them by number ({@link FactStore}), which made the cache about 7 times smaller than
 * one JSON file per unit and a re-scan read it in a fraction of the time; and per component, a
 * run narrowed to some components ({@code --files}) reads only their stores, two parse threads
 * read two stores at once, and a changed unit rewrites only its component's store. A store is
 * written whole after the parse ({@link #save()}), through a temporary file and a rename, so a
 * concurrent run sees the old store or the new one.
 *
 * <p>Limitation: a header that did not exist when the entry was written and now would be found
 * is not noticed; {@code --cache} of a fresh directory is always correct. Stores of components
 * that no longer exist stay in the directory (unused).
 */
public final class FactCache {
  static final String FILE_PREFIX = "allocpath-facts-";
  static final String FILE_SUFFIX = ".facts";

  private final Path dir;
  private final Path root;
  private final String toolVersion;
  /** Hashes of project files on disk, computed once per run (many units read the same header). */
  private final Map<String, Optional<String>> diskHashes = new ConcurrentHashMap<>();
  /** Component → what this run will write for it: every unit of it met, by key. */
  private final Map<String, Map<String, FactStore.Stored>> current = new ConcurrentHashMap<>();
  /** Component → its store as read from disk (each read once, on first use). */
  private final Map<String, FactStore.Loaded> previous = new ConcurrentHashMap<>();
  /** Notes about stores that were dropped because their content did not match their checksum. */
  private final Set<Notification> dropped = ConcurrentHashMap.newKeySet();
  /** Bytes of the SHA-256 checksum that ends every store. */
  private static final int CHECKSUM_BYTES = 32;
  /** Components with a unit parsed in this run: only their stores are written again. */
  private final Set<String> parsedIn = ConcurrentHashMap.newKeySet();

  public FactCache(Path dir, Path root, String toolVersion) {
    this.dir = dir;
    this.root = root;
    this.toolVersion = toolVersion;
  }

  Path root() {
    return root;
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
      parsedIn.add(unit.component());
      remember(key, unit, parsed);
      return parsed;
    };
  }

  /**
   * Writes the store of every component with a unit parsed in this run: its units met, and those
   * it did not meet (see {@link #entriesToKeep(String)}); other stores stay as they are.
   * Failures are ignored: the
   * cache only saves time, so a full disk or a read-only directory must not fail the scan.
   */
  public void save() {
    for (String component : parsedIn) {
      save(component);
    }
  }

  private void save(String component) {
    try {
      Files.createDirectories(dir);
      Path target = storeOf(component);
      Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
      try {
        // The content, then its SHA-256: an edited or bit-rotted store is detected on reading
        // (the unit keys say which units a store is for; only the checksum vouches for its facts).
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 16);
        FactStoreCodec.write(FactStore.of(toolVersion, entriesToKeep(component)), body);
        byte[] bytes = body.toByteArray();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
          out.write(bytes);
          out.write(sha256Bytes(bytes, bytes.length));
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // see save()
    }
  }

  /**
   * The component's units met in this run, plus its stored units this run did not meet whose
   * source still exists: an entry replaced by a newer one for the same unit, or of a deleted
   * file, is dropped.
   */
  private Map<String, FactStore.Stored> entriesToKeep(String component) {
    Map<String, FactStore.Stored> keep = new TreeMap<>(current.getOrDefault(component, Map.of()));
    Set<String> met = new HashSet<>();
    keep.values().forEach(e -> met.add(e.facts().unitPath()));
    FactStore.Loaded old = previous(component);
    FactInterner interner = new FactInterner();
    for (var entry : old.units().entrySet()) {
      FactStore.Unit unit = entry.getValue();
      if (keep.containsKey(entry.getKey()) || unit.fileHashes() == null || met.contains(unit.unitPath())
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

  /**
   * Where a component's units are stored: its name made safe for a file name, plus a short hash
   * of the exact name so two names that clean up alike do not share a file.
   */
  static String fileName(String component) {
    String safe = component.replaceAll("[^A-Za-z0-9_.-]", "_");
    String hash = sha256(component.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    return FILE_PREFIX + safe + "-" + hash + FILE_SUFFIX;
  }

  private Path storeOf(String component) {
    return dir.resolve(fileName(component));
  }

  private UnitFacts lookup(String key, CompileUnit unit, FactInterner interner) {
    FactStore.Loaded store = previous(unit.component());
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
    currentOf(unit.component()).put(key, new FactStore.Stored(entry.fileHashes(), facts));
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
    currentOf(unit.component()).put(key, new FactStore.Stored(hashes, facts));
  }

  private Map<String, FactStore.Stored> currentOf(String component) {
    return current.computeIfAbsent(component, c -> new ConcurrentHashMap<>());
  }

  /**
   * The component's store on disk, read once on first use (two parse threads needing the same
   * component wait for one read); empty when absent, damaged or of another build.
   */
  private FactStore.Loaded previous(String component) {
    return previous.computeIfAbsent(component, this::read);
  }

  private FactStore.Loaded read(String component) {
    Path file = storeOf(component);
    if (!Files.isRegularFile(file)) {
      return FactStore.Loaded.EMPTY;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return FactStore.Loaded.EMPTY; // an unreadable store is just a miss
    }
    int body = bytes.length - CHECKSUM_BYTES;
    if (body < 0 || !java.util.Arrays.equals(sha256Bytes(bytes, body),
        java.util.Arrays.copyOfRange(bytes, body, bytes.length))) {
      // Damaged or edited: its facts cannot be trusted; the units are parsed again.
      dropped.add(new Notification(Severity.NOTE, "cache-dropped", "cache store "
          + file.getFileName() + " did not match its checksum (edited or damaged); dropped, its units are parsed again",
          null));
      return FactStore.Loaded.EMPTY;
    }
    try (InputStream in = new java.io.ByteArrayInputStream(bytes, 0, body)) {
      FactStore store = FactStoreCodec.read(in);
      return toolVersion.equals(store.toolVersion()) ? store.loaded() : FactStore.Loaded.EMPTY;
    } catch (IOException | RuntimeException e) {
      return FactStore.Loaded.EMPTY; // a store of another layout is just a miss
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

  /** What this run noticed about the cache (stores dropped for a checksum mismatch), sorted. */
  public List<Notification> notifications() {
    return List.copyOf(new java.util.TreeSet<>(dropped));
  }

  private static byte[] sha256Bytes(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
