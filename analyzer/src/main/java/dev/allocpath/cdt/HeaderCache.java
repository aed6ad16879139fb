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

  /**
   * The text of a unit's main file: the kept text when a parse already read the file as a
   * header, otherwise read without keeping it. Every unit reads its own source once, so keeping
   * sources would hold all of them until the run ends (at 4× the reference size about half of the
   * text held in memory).
   */
  SourceText mainText(Path file) {
    Entry entry = get(file);
    if (!entry.exists()) {
      return SourceText.failed(SourceText.Status.UNREADABLE, "no such file");
    }
    SourceText kept = entry.text;
    return kept != null ? kept : SourceReader.read(entry.file);
  }

  /** Whether {@code text} is the text this cache keeps for every parse (shared between units). */
  boolean isKept(Path file, SourceText text) {
    Entry entry = entries.get(file);
    return entry != null && entry.text == text;
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
