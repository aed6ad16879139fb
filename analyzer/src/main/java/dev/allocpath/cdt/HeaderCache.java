package dev.allocpath.cdt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File existence and text, looked up once per run and shared by every parse thread. CDT probes
 * each include directory for every {@code #include} and re-reads each header for every unit that
 * includes it, so both answers are cached by normalised absolute path. Text is read only when
 * asked for, so a file whose real location is outside the project is never read.
 */
public final class HeaderCache {
  private static final Entry ABSENT = new Entry(null, null);

  private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();

  /** A regular file's real location (symlinks resolved); its text is read on first use. */
  static final class Entry {
    private final Path file;
    private final Path realPath;
    private volatile SourceText text;

    private Entry(Path file, Path realPath) {
      this.file = file;
      this.realPath = realPath;
    }

    boolean exists() {
      return realPath != null;
    }

    Path realPath() {
      return realPath;
    }

    /** Two threads may read the same file once each; both get equal text. */
    SourceText text() {
      if (realPath == null) {
        return SourceText.MISSING;
      }
      SourceText loaded = text;
      if (loaded == null) {
        loaded = SourceReader.read(file);
        text = loaded;
      }
      return loaded;
    }
  }

  /** The entry for a normalised absolute path (never null; {@link Entry#exists()} tells). */
  Entry get(Path file) {
    Entry cached = entries.get(file);
    if (cached != null) {
      return cached;
    }
    Entry found = locate(file);
    Entry raced = entries.putIfAbsent(file, found);
    return raced != null ? raced : found;
  }

  /** Number of distinct paths looked up (present or not). */
  public int size() {
    return entries.size();
  }

  private static Entry locate(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return ABSENT;
      }
      return new Entry(file, file.toRealPath());
    } catch (IOException | SecurityException e) {
      return ABSENT;
    }
  }
}
