package dev.allocpath.cdt;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files one parse may see: generated (virtual) files of the unit, and regular files under the
 * project root whose real location is also under the root. Everything else, system headers
 * included, does not exist for the parser. Remembers what it served so that locations can be
 * turned into lines and columns and the unit can list its included files. One instance per parse
 * (not thread-safe); the {@link HeaderCache} behind it is shared.
 */
final class UnitFiles {
  /** A header that exists but has no usable text (binary, unreadable). */
  record Unusable(String path, SourceText text) {}

  /** A file handed to CDT: the name CDT will report in locations, and its text. */
  record Served(String key, SourceText text) {}

  private final Path root;
  private final Path realRoot;
  private final HeaderCache cache;
  private final Map<Path, SourceText> virtualFiles;
  private final Map<String, SourceText> served = new LinkedHashMap<>();
  private final Map<String, Path> normalised = new HashMap<>();
  private final List<Unusable> unusable = new ArrayList<>();
  private final Set<String> internal = new HashSet<>();
  private String ownMain;
  /** Read-only trees outside the project (the ESP-IDF SDK): served, but internal like the prelude. */
  private final List<Path> sdkRoots;
  /** The same, symlinks resolved once per unit rather than once per header looked up. */
  private final List<Path> realSdkRoots;

  UnitFiles(Path root, Path realRoot, HeaderCache cache, Map<Path, String> virtualFiles) {
    this(root, realRoot, cache, virtualFiles, List.of());
  }

  /**
   * @param sdkRoots directories outside the project whose files the parser may read (the SDK's
   *     headers); facts located in them are dropped and they are not included files of the unit
   */
  UnitFiles(Path root, Path realRoot, HeaderCache cache, Map<Path, String> virtualFiles, List<Path> sdkRoots) {
    this.sdkRoots = sdkRoots;
    this.realSdkRoots = sdkRoots.stream().map(UnitFiles::realOf).toList();
    this.root = root;
    this.realRoot = realRoot;
    this.cache = cache;
    this.virtualFiles = new HashMap<>();
    virtualFiles.forEach(
        (path, text) -> this.virtualFiles.put(normalise(path), SourceReader.ofString(text)));
  }

  static Path normalise(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** The path string handed to CDT for a file (CDT reports it back in locations). */
  static String key(Path normalisedPath) {
    return normalisedPath.toString();
  }

  /**
   * Serves text of our own (the compat prelude) at {@code path}; facts located in it are dropped
   * and it is not an included file of the unit.
   */
  void addInternal(Path path, String text) {
    Path file = normalise(path);
    virtualFiles.put(file, SourceReader.ofString(text));
    internal.add(key(file));
  }

  boolean isInternal(String key) {
    return internal.contains(key);
  }

  /** Whether an include candidate exists for the parser. */
  boolean exists(String path) {
    Path file = toPath(path);
    if (file == null) {
      return false;
    }
    if (virtualFiles.containsKey(file)) {
      return true;
    }
    return visibleEntry(file) != null;
  }

  /**
   * The text to serve for a path, or null when the parser must treat it as not found. A visible
   * file without usable text is served empty and remembered in {@link #unusable()}.
   */
  Served open(String path) {
    Path file = toPath(path);
    if (file == null) {
      return null;
    }
    String key = key(file);
    SourceText known = served.get(key);
    if (known != null) {
      return new Served(key, known);
    }
    SourceText text = virtualFiles.get(file);
    if (text == null) {
      HeaderCache.Entry entry = visibleEntry(file);
      if (entry == null) {
        return null;
      }
      text = entry.text();
      if (!text.isText()) {
        unusable.add(new Unusable(key, text));
        text = SourceText.text(new char[0]);
      }
    }
    served.put(key, text);
    return new Served(key, text);
  }

  /**
   * Registers the main file (read by the caller) under its key; {@code shared} when its text is
   * the header cache's kept one (the file is also some unit's header), not this unit's own copy.
   */
  void registerMain(String key, SourceText text, boolean shared) {
    served.put(key, text);
    if (!shared) {
      ownMain = key;
    }
  }

  /** Text of a file CDT names in a location, if this parse served it. */
  SourceText served(String key) {
    return served.get(key);
  }

  /**
   * The text of a served file when it is the one every parse shares (read from disk through the
   * header cache), or null for generated, internal or unserved files, whose text is this unit's own.
   */
  SourceText sharedText(String key) {
    SourceText text = served.get(key);
    if (text == null || key.equals(ownMain) || internal.contains(key) || virtualFiles.containsKey(toPath(key))) {
      return null;
    }
    return text;
  }

  /** Keys of every file served, in the order they were first opened. */
  Iterable<String> servedKeys() {
    return served.keySet();
  }

  List<Unusable> unusable() {
    return unusable;
  }

  /** Whether a CDT file name denotes a file the user owns (project file or generated file). */
  boolean isProjectFile(String key) {
    return served.containsKey(key);
  }

  /**
   * Project-relative form of a CDT file name: forward slashes, {@code a/../b} resolved. Files
   * outside the root (generated files placed elsewhere) are relative with {@code ../}.
   */
  String relative(String key) {
    Path file = toPath(key);
    if (file == null) {
      return key.replace(java.io.File.separatorChar, '/');
    }
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private HeaderCache.Entry visibleEntry(Path file) {
    if (!file.startsWith(root)) {
      return sdkEntry(file);
    }
    HeaderCache.Entry entry = cache.get(file);
    if (!entry.exists() || !entry.realPath().startsWith(realRoot)) {
      return null;
    }
    return entry;
  }

  /** A file of an SDK tree (not through a symlink out of it), marked internal; null otherwise. */
  private HeaderCache.Entry sdkEntry(Path file) {
    for (int i = 0; i < sdkRoots.size(); i++) {
      if (file.startsWith(sdkRoots.get(i))) {
        HeaderCache.Entry entry = cache.get(file);
        if (entry.exists() && entry.realPath().startsWith(realSdkRoots.get(i))) {
          internal.add(key(file));
          return entry;
        }
      }
    }
    return null;
  }

  private static Path realOf(Path dir) {
    try {
      return dir.toRealPath();
    } catch (java.io.IOException | SecurityException e) {
      return dir;
    }
  }

  private Path toPath(String path) {
    Path known = normalised.get(path);
    if (known != null) {
      return known;
    }
    try {
      Path file = normalise(Path.of(path));
      normalised.put(path, file);
      return file;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
