package dev.allocpath.cdt;

import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IParserLogService;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.CharArray;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;
import org.eclipse.cdt.internal.core.util.ICancelable;
import org.eclipse.cdt.internal.core.util.ICanceler;

/**
 * Answers CDT's {@code #include} lookups from {@link UnitFiles}: project files and generated
 * files exist, nothing else does (CDT then records an "inclusion not found" problem and goes
 * on). Also the place where a parse notices its time limit while the preprocessor runs.
 *
 * <p>{@link InternalFileContentProvider}, {@link InternalFileContent} and {@link ICanceler} are
 * internal CDT API (the CDT version is pinned); this file is the only place that uses internal
 * CDT types.
 */
final class ProjectContentProvider extends InternalFileContentProvider {
  private final UnitFiles files;
  private final ParseDeadline deadline;
  private final SharedContents shared;
  private final UnitReuse reuse;
  private final ParseCosts costs;

  /**
   * @param reuse told of every file opened and the macros in force then; null when reuse is off
   * @param costs told of every header read or skipped
   */
  ProjectContentProvider(
      UnitFiles files, ParseDeadline deadline, SharedContents shared, UnitReuse reuse, ParseCosts costs) {
    this.files = files;
    this.deadline = deadline;
    this.shared = shared;
    this.reuse = reuse;
    this.costs = costs;
  }

  @Override
  public boolean getInclusionExists(String path) {
    deadline.check();
    return files.exists(path);
  }

  @Override
  public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
    deadline.check();
    UnitFiles.Served file = files.open(path);
    if (file == null) {
      return null;
    }
    SourceText sharedText = files.sharedText(file.key());
    if (reuse != null) {
      HeaderSkips.Closure skip =
          reuse.opened(file.key(), sharedText, files.isInternal(file.key()) ? file.text() : null, macroDictionary);
      if (skip != null) {
        costs.headerSkipped(file.text().chars().length);
        return skipped(file.key(), skip);
      }
    }
    costs.headerRead(file.text().chars().length);
    if (sharedText != null) {
      return new InternalFileContent(file.key(), shared.of(file.text()));
    }
    return (InternalFileContent) FileContent.create(file.key(), file.text().chars());
  }

  /**
   * A header CDT takes as found elsewhere: it defines the header's macros and reads no text. The
   * files of the skip count as read (the unit's list of included files names them), and those with
   * {@code #pragma once} are never entered again in this unit, as after reading them.
   */
  private InternalFileContent skipped(String key, HeaderSkips.Closure closure) {
    for (String file : closure.files) {
      files.open(file);
      if (closure.pragmaOnce.contains(file)) {
        reportPragmaOnceSemantics(file, IndexMacros.pragmaOnce());
      }
    }
    return new InternalFileContent(key, closure.indexMacros(), List.of(), List.of(IndexMacros.indexFile()), List.of());
  }

  /**
   * CDT's wrapper around the text of each header every parse shares. The preprocessor hashes a
   * header's whole text at every {@code #include} (for index bookkeeping we do not use); the
   * wrapper keeps that hash, so a header included by a hundred units is hashed once, not a
   * hundred times. One instance per run, shared by the parse threads.
   */
  static final class SharedContents {
    private final ConcurrentHashMap<SourceText, CharArray> arrays = new ConcurrentHashMap<>();

    CharArray of(SourceText text) {
      return arrays.computeIfAbsent(text, SharedContents::hashed);
    }

    private static CharArray hashed(SourceText text) {
      CharArray array = new CharArray(text.chars());
      // Computed before the map publishes the wrapper, so no thread sees it half-made.
      array.getContentsHash();
      return array;
    }
  }

  @Override
  public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
    return getContentForInclusion(astPath, null);
  }

  /**
   * A silent CDT log service that also lets the time limit stop a running parse. CDT's
   * {@code AbstractCLikeLanguage} hands a log service that implements {@link ICanceler} an
   * {@link ICancelable} wired to {@code parser.cancel()} and {@code scanner.cancel()}; the parser
   * then throws a {@code ParseError(TIMEOUT_OR_CANCELLED)} at its next token.
   */
  static final class CancellingLog implements IParserLogService, ICanceler {
    private final ParseDeadline deadline;
    private volatile boolean canceled;

    CancellingLog(ParseDeadline deadline) {
      this.deadline = deadline;
    }

    @Override
    public void traceLog(String message) {
      // CDT's traces are of no use to the user; problems are read from the AST instead.
    }

    @Override
    public boolean isTracing() {
      return false;
    }

    @Override
    public void setCancelable(ICancelable cancelable) {
      deadline.setCanceller(cancelable == null ? null : cancelable::cancel);
    }

    @Override
    public void setCanceled(boolean value) {
      canceled = value;
      if (value) {
        deadline.expire();
      }
    }

    @Override
    public boolean isCanceled() {
      return canceled || deadline.expired();
    }
  }
}
