package dev.allocpath.cdt;

import dev.allocpath.facts.MacroFact;
import dev.allocpath.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;

/**
 * Header reuse for one unit: which headers were opened in which macro context (recorded while
 * CDT preprocesses), and, after the parse, which stretches of top-level declarations belong to a
 * header and the headers it included. The walk then takes each such stretch from
 * {@link HeaderReuse} when an earlier unit walked it in the same context, and stores the ones it
 * walks itself.
 *
 * <p>The context of a stretch, all of which goes into its {@link HeaderReuse.Key}:
 * <ul>
 *   <li>the language (C and C++ parse the same tokens differently);
 *   <li>each file of the stretch and the macro context it was opened in ({@link MacroContext}):
 *       equal contexts give equal tokens, and the list of files says which includes were
 *       entered (an include guard or {@code #pragma once} that skipped a file shows here);
 *   <li>the declarations made before the stretch of every name its files spell
 *       ({@link DeclaredNames}), and any earlier {@code using namespace}.
 * </ul>
 * A stretch qualifies only when every file in it was opened exactly once in the unit, is a
 * project file every parse shares (no generated file, not the unit's own source), and the
 * {@code #include} that opened it is not inside a declaration (a header included inside a
 * namespace or {@code extern "C"} block of its includer is walked as usual). Everything else is
 * walked as before, so reuse only ever replaces a walk by the facts of an identical one.
 *
 * <p>With skipping on, the same object also decides at each {@code #include} whether CDT may skip
 * the header ({@link HeaderSkips}), checks those skips after the parse (where each skipped header's
 * declarations would have been, and that the code parsed names none of them), replays their facts
 * under the same keys, and after the walk records the headers this unit read for later units.
 */
final class UnitReuse {
  private final HeaderReuse reuse;
  private final MacroContext macros;
  private final Language language;
  private final String unitPath;
  private final String mainKey;
  private final Map<String, Opening> openings = new HashMap<>();
  private final Map<String, Hash128> identities = new HashMap<>();

  /**
   * The contexts a file was opened in, one per time CDT asked for it (an include guard may make
   * CDT skip it after asking), and which of them created its declarations (set by {@link #plan}).
   */
  private static final class Opening {
    final List<MacroContext.Fingerprint> contexts = new ArrayList<>();
    Identifiers identifiers;
    MacroContext.Fingerprint context = MacroContext.Fingerprint.UNKNOWN;
  }

  /** A stretch of top-level declarations [start, end] that belongs to one header's inclusion. */
  private record Stretch(String header, int start, int end, List<String> files) {}

  private List<List<Stretch>> startingAt = List.of();
  /** Headers entered that declared nothing (with the headers they entered): skipped without facts. */
  private final List<Stretch> withoutDeclarations = new ArrayList<>();

  /** Header skipping for this unit; null when this parse reads every header. */
  private final UnitSkips skipping;
  private final UnitFiles files;
  /** The key under which each header's stretch was walked or replayed in this unit. */
  private final Map<String, HeaderReuse.Key> stretchKeys = new HashMap<>();

  UnitReuse(HeaderReuse reuse, Language language, String unitPath, String mainKey) {
    this(reuse, language, unitPath, mainKey, null, null, null);
  }

  /**
   * @param setup the unit's include setup, with {@code mainText}: headers may be skipped; null
   *     when every header is read (header facts are still reused)
   */
  UnitReuse(HeaderReuse reuse, Language language, String unitPath, String mainKey,
      HeaderSkips.Setup setup, SourceText mainText, UnitFiles files) {
    this.files = files;
    this.reuse = reuse;
    this.mainKey = mainKey;
    this.macros = reuse.newMacroContext();
    this.language = language;
    this.unitPath = unitPath;
    this.skipping = setup == null ? null : new UnitSkips(reuse, setup, macros,
        file -> openings.containsKey(file) ? openings.get(file).identifiers : null, files, mainKey, mainText);
  }

  /**
   * CDT opens {@code key}. {@code shared} is the text every parse shares (a project file), or
   * null; {@code prelude} the text of the compat prelude, the same for every unit though not
   * shared, or null. A generated file of the unit has neither and is never reused.
   */
  HeaderSkips.Closure opened(String key, SourceText shared, SourceText prelude, IMacroDictionary dictionary) {
    Opening opening = openings.computeIfAbsent(key, k -> new Opening());
    if (shared == null && prelude == null) {
      opening.contexts.add(MacroContext.Fingerprint.UNKNOWN);
      return skipping == null ? null : skipping.asked(key, false, false, dictionary);
    }
    if (opening.identifiers == null) {
      opening.identifiers = shared != null ? reuse.identifiers(shared) : reuse.identifiersOfText(prelude.chars());
    }
    opening.contexts.add(macros.of(opening.identifiers, dictionary));
    return skipping == null ? null : skipping.asked(key, shared != null, true, dictionary);
  }

  /** What identifies a file's declarations for {@link DeclaredNames}: its context, or this unit. */
  Hash128 identity(String fileName) {
    Hash128 known = identities.computeIfAbsent(fileName, name -> {
      Opening opening = openings.get(name);
      Hash128 hash = new Hash128().add(name);
      if (opening != null && opening.context.known() && opening.identifiers != null) {
        return hash.add(opening.context.first()).add(opening.context.second());
      }
      return hash.add(unitPath).add(-4L);
    });
    return new Hash128().add(known.first()).add(known.second());
  }

  /** Finds the stretches of {@code declarations} that may be taken from or given to the run's store. */
  void plan(IASTTranslationUnit unit, IASTDeclaration[] declarations) {
    List<List<Stretch>> starts = new ArrayList<>();
    for (int i = 0; i < declarations.length; i++) {
      starts.add(List.of());
    }
    startingAt = starts;
    Map<String, List<String>> children = new HashMap<>();
    Map<String, IASTFileLocation> openedAt = new HashMap<>();
    Map<String, Integer> entries = new HashMap<>();
    for (IASTPreprocessorIncludeStatement include : unit.getIncludeDirectives()) {
      if (!include.isActive() || !include.isResolved()) {
        continue;
      }
      String path = include.getPath();
      if (!include.createsAST()) {
        continue;
      }
      IASTFileLocation where = include.getFileLocation();
      String parent = where == null ? mainKey : where.getFileName();
      children.computeIfAbsent(parent, p -> new ArrayList<>()).add(path);
      openedAt.put(path, where);
      entries.merge(path, 1, Integer::sum);
    }
    // A file entered twice has declarations of two inclusions. One entered once but asked for
    // more than once (CDT asks, then may skip it for its include guard) cannot be matched to the
    // context it was entered in. CDT skips a file whose guard it knows without asking: one
    // question and one entry is the common case, and then the question was the entry.
    for (Map.Entry<String, Opening> entry : openings.entrySet()) {
      Opening opening = entry.getValue();
      boolean single = entries.getOrDefault(entry.getKey(), 0) == 1 && opening.contexts.size() == 1;
      opening.context = single ? opening.contexts.get(0) : MacroContext.Fingerprint.UNKNOWN;
    }
    String[] fileOf = new String[declarations.length];
    int[][] spans = new int[declarations.length][];
    for (int i = 0; i < declarations.length; i++) {
      IASTFileLocation location = declarations[i].getFileLocation();
      if (location != null) {
        fileOf[i] = location.getFileName();
        spans[i] = new int[] {location.getNodeOffset(), location.getNodeLength()};
      }
    }
    Map<String, List<Integer>> declarationsOf = new HashMap<>();
    for (int i = 0; i < declarations.length; i++) {
      if (fileOf[i] != null) {
        declarationsOf.computeIfAbsent(fileOf[i], f -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, IASTFileLocation> entry : openedAt.entrySet()) {
      String header = entry.getKey();
      if (header.equals(mainKey)) {
        continue;
      }
      List<String> files = new ArrayList<>();
      if (!closure(header, children, mainKey, files, new LinkedHashSet<>())) {
        continue;
      }
      Stretch stretch = stretch(header, files, fileOf);
      if (stretch == null && declaresNothing(files, declarationsOf)) {
        // Only macros (a header of constants): nothing to store, but it can still be skipped.
        withoutDeclarations.add(new Stretch(header, -1, -1, List.copyOf(files)));
        continue;
      }
      if (stretch == null || insideDeclaration(entry.getValue(), declarationsOf, spans, mainKey)) {
        continue;
      }
      List<Stretch> here = new ArrayList<>(starts.get(stretch.start()));
      here.add(stretch);
      // Outermost first: the longest stretch starting here is tried before the ones inside it.
      here.sort((a, b) -> Integer.compare(b.end(), a.end()));
      starts.set(stretch.start(), here);
    }
    if (skipping != null && skipping.skippedAny()) {
      skipping.place(unit, declarations, fileOf);
    }
  }

  /** The files of a header's inclusion in the order opened; false if one cannot be reused. */
  private boolean closure(String file, Map<String, List<String>> children, String mainKey,
      List<String> files, Set<String> visiting) {
    Opening opening = openings.get(file);
    if (file.equals(mainKey) || opening == null || !opening.context.known()
        || !visiting.add(file)) {
      return false;
    }
    files.add(file);
    for (String child : children.getOrDefault(file, List.of())) {
      if (!closure(child, children, mainKey, files, visiting)) {
        return false;
      }
    }
    return true;
  }

  private static boolean declaresNothing(List<String> files, Map<String, List<Integer>> declarationsOf) {
    for (String file : files) {
      if (declarationsOf.containsKey(file)) {
        return false;
      }
    }
    return true;
  }

  /** The declarations located in {@code files}, when they are one contiguous non-empty run. */
  private Stretch stretch(String header, List<String> files, String[] fileOf) {
    Set<String> set = new LinkedHashSet<>(files);
    int start = -1;
    int end = -1;
    for (int i = 0; i < fileOf.length; i++) {
      if (fileOf[i] != null && set.contains(fileOf[i])) {
        if (start < 0) {
          start = i;
        } else if (end != i - 1) {
          return null;
        }
        end = i;
      }
    }
    if (start < 0) {
      return null;
    }
    return new Stretch(header, start, end, List.copyOf(files));
  }

  /** Every identifier the files of a stretch spell (first occurrence order). */
  private static String[] names(List<String> files, java.util.function.Function<String, Identifiers> identifiers) {
    if (files.size() == 1) {
      return identifiers.apply(files.get(0)).names();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String file : files) {
      for (String name : identifiers.apply(file).names()) {
        names.add(name);
      }
    }
    return names.toArray(new String[0]);
  }

  /** Whether the {@code #include} at {@code where} lies inside a top-level declaration of its file. */
  private static boolean insideDeclaration(IASTFileLocation where, Map<String, List<Integer>> declarationsOf,
      int[][] spans, String mainKey) {
    if (where == null) {
      return false;
    }
    int offset = where.getNodeOffset();
    for (int i : declarationsOf.getOrDefault(where.getFileName(), List.of())) {
      int start = spans[i][0];
      if (start <= offset && offset < start + Math.max(1, spans[i][1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks the top-level declarations with {@code walk}, replaying stretches found in the run's
   * store instead of walking them and storing the stretches walked here.
   */
  void walk(IASTDeclaration[] declarations, ASTVisitor walk, FactSink sink, DeclaredNames declared) {
    List<Recording> open = new ArrayList<>();
    int i = 0;
    int replayedSkipsUpTo = 0;
    while (i < declarations.length) {
      for (; replayedSkipsUpTo <= i; replayedSkipsUpTo++) {
        replaySkips(replayedSkipsUpTo, sink, declared, open);
      }
      boolean replayed = false;
      for (Stretch stretch : startingAt.get(i)) {
        HeaderReuse.Key key = key(stretch, declared);
        stretchKeys.putIfAbsent(stretch.header(), key);
        FactBatch batch = reuse.find(key);
        if (batch != null) {
          sink.replay(batch);
          declared.replay(batch.declared());
          i = stretch.end() + 1;
          replayed = true;
          break;
        }
        open.add(new Recording(stretch, key, sink.mark(), declared.mark(), new boolean[1]));
      }
      if (!replayed) {
        declarations[i].accept(walk);
        i++;
      }
      for (int r = open.size() - 1; r >= 0; r--) {
        Recording recording = open.get(r);
        if (recording.stretch().end() < i) {
          open.remove(r);
          FactBatch batch = sink.since(recording.mark(), declared.since(recording.declaredMark()));
          if (batch != null && !recording.holdsSkip()[0]) {
            reuse.store(recording.key(), batch);
          }
        }
      }
    }
    for (; replayedSkipsUpTo <= declarations.length; replayedSkipsUpTo++) {
      replaySkips(replayedSkipsUpTo, sink, declared, open);
    }
  }

  /**
   * The facts of the headers skipped before declaration {@code position}, from the run's store
   * under the key a full parse would have given them. A stretch being recorded around them holds
   * facts of no declaration of its own and is not stored.
   */
  private void replaySkips(int position, FactSink sink, DeclaredNames declared, List<Recording> open) {
    List<UnitSkips.Skip> here = skipping == null ? null : skipping.before(position);
    if (here == null) {
      return;
    }
    for (UnitSkips.Skip skip : here) {
      HeaderSkips.Closure closure = skip.closure();
      if (!closure.declares) {
        reuse.skips().countSkip();
        continue;
      }
      HeaderReuse.Key key = key(skip.header(), closure.files, closure.contexts::get,
          names(closure.files, closure.identifiers::get), declared);
      FactBatch batch = reuse.find(key);
      if (batch == null) {
        throw UnitSkips.miss(skip, "its facts are not stored for this context");
      }
      sink.replay(batch);
      declared.replay(batch.declared());
      open.forEach(recording -> recording.holdsSkip()[0] = true);
      reuse.skips().countSkip();
    }
  }

  private record Recording(Stretch stretch, HeaderReuse.Key key, FactBatch.Mark mark, int declaredMark,
      boolean[] holdsSkip) {}

  private HeaderReuse.Key key(Stretch stretch, DeclaredNames declared) {
    return key(stretch.header(), stretch.files(), file -> openings.get(file).context,
        names(stretch.files(), file -> openings.get(file).identifiers), declared);
  }

  /** The store's key of a header's declarations: the same whether the header was read or skipped. */
  private HeaderReuse.Key key(String header, List<String> files,
      java.util.function.Function<String, MacroContext.Fingerprint> contexts, String[] names, DeclaredNames declared) {
    Hash128 key = new Hash128().add(language.ordinal()).add(files.size());
    for (String file : files) {
      MacroContext.Fingerprint context = contexts.apply(file);
      key.add(file).add(context.first()).add(context.second());
    }
    declared.addTo(key, names);
    return new HeaderReuse.Key(header, key.first(), key.second());
  }

  /** The macros a skipped header defined at {@code include}, in order; null when it was read. */
  List<HeaderSkips.MacroStep> macrosSkippedAt(IASTPreprocessorStatement include) {
    return skipping == null ? null : skipping.macrosSkippedAt(include);
  }

  /**
   * After the walk: trusts the closures this unit confirmed (it entered the same files in the same
   * contexts where they were only pending) and records the headers it read as closures later units
   * may skip.
   */
  void afterWalk(IASTTranslationUnit unit, IASTDeclaration[] declarations,
      java.util.function.Function<IASTPreprocessorMacroDefinition, MacroFact> macroFact) {
    if (skipping == null) {
      return;
    }
    HeaderSkips skips = reuse.skips();
    List<Stretch> stretches = new ArrayList<>();
    startingAt.forEach(stretches::addAll);
    stretches.addAll(withoutDeclarations);
    if (stretches.isEmpty()) {
      return;
    }
    Map<String, List<UnitSkips.Pending>> pendingFor = skipping.pendingByHeader();
    ClosureRecorder recorder = null;
    for (Stretch stretch : stretches) {
      Map<String, MacroContext.Fingerprint> contexts = new HashMap<>();
      Map<String, Identifiers> identifiers = new HashMap<>();
      for (String file : stretch.files()) {
        contexts.put(file, openings.get(file).context);
        identifiers.put(file, openings.get(file).identifiers);
      }
      for (UnitSkips.Pending waiting : pendingFor.getOrDefault(stretch.header(), List.of())) {
        if (waiting.closure().sameInclusion(stretch.files(), contexts)) {
          waiting.closure().verified.add(waiting.context());
        }
      }
      if (alreadyRecorded(skips, stretch, contexts) || !files.unusable().isEmpty()) {
        continue;
      }
      boolean declares = stretch.start() >= 0;
      HeaderReuse.Key key = stretchKeys.get(stretch.header());
      Integer request = skipping.firstRead(stretch.header());
      if (request == null || declares && (key == null || !reuse.has(key))) {
        continue;
      }
      if (recorder == null) {
        recorder = new ClosureRecorder(reuse, files, skipping, mainKey, unit, macroFact);
      }
      HeaderSkips.Closure closure = recorder.closure(stretch.header(), stretch.files(), stretch.start(), stretch.end(),
          contexts, identifiers, request, declarations);
      if (closure != null) {
        skips.record(skipping.setup(), closure);
      }
    }
  }

  private boolean alreadyRecorded(HeaderSkips skips, Stretch stretch, Map<String, MacroContext.Fingerprint> contexts) {
    for (HeaderSkips.Closure known : skips.candidates(skipping.setup(), stretch.header())) {
      if (known.sameInclusion(stretch.files(), contexts)) {
        return true;
      }
    }
    return false;
  }

}
