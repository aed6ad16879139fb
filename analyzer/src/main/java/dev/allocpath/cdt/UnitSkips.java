package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.internal.core.dom.parser.ASTNode;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;

/**
 * Header skipping for one unit ({@link HeaderSkips} says when a skip is sound): at each
 * {@code #include}, whether CDT may take the header as found elsewhere; after the parse, where each
 * skipped header's declarations would have been and whether the code parsed needs any of them. A
 * check that fails throws {@link HeaderSkips.Miss}, and the unit is parsed again in full.
 * {@link UnitReuse} replays the skipped headers' facts at the places found here.
 */
final class UnitSkips {
  /** What {@link UnitReuse} knows of the files CDT opened. */
  interface Opened {
    /** The identifiers of a file CDT was given the text of, or null. */
    Identifiers identifiers(String file);
  }

  /** A header CDT took as found elsewhere: its macros only. */
  record Skip(String header, HeaderSkips.Closure closure, int request) {}

  /** A closure met in a context it is not yet trusted for: trusted if this unit enters the same. */
  record Pending(String header, HeaderSkips.Closure closure, MacroContext.Fingerprint context) {}

  private final HeaderReuse reuse;
  private final HeaderSkips skips;
  private final HeaderSkips.Setup setup;
  private final MacroContext macros;
  private final Opened opened;
  private final UnitFiles files;
  private final String mainKey;
  private final SourceText mainText;
  /** Project headers and prelude files CDT was given the text of, in request order. */
  private final List<String> readSoFar = new ArrayList<>();
  private Set<String> spelledNames;
  private int spelledUpTo;
  /** The files of every header skipped so far. */
  private final Set<String> skippedFiles = new HashSet<>();
  /** When each file was first asked for or taken in by a skip, in request order. */
  private final Map<String, Integer> firstRead = new HashMap<>();
  private int requests;
  private final List<Skip> skipped = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  /** Skips to replay before the top-level declaration of each index (the last: after all). */
  private Map<Integer, List<Skip>> skipsBefore = Map.of();
  /** The macros each skip defined, by the {@code #include} that was skipped. */
  private Map<IASTPreprocessorIncludeStatement, List<HeaderSkips.MacroStep>> skippedMacros = Map.of();

  UnitSkips(HeaderReuse reuse, HeaderSkips.Setup setup, MacroContext macros, Opened opened, UnitFiles files,
      String mainKey, SourceText mainText) {
    this.reuse = reuse;
    this.skips = reuse.skips();
    this.setup = setup;
    this.macros = macros;
    this.opened = opened;
    this.files = files;
    this.mainKey = mainKey;
    this.mainText = mainText;
  }

  /**
   * CDT asks for {@code key}; {@code project} when it is a project header every parse shares.
   * Returns the closure to hand CDT instead of the text, or null to read the file.
   */
  HeaderSkips.Closure asked(String key, boolean project, boolean readable, IMacroDictionary dictionary) {
    int request = requests++;
    HeaderSkips.Closure skip = !project || firstRead.containsKey(key) ? null : skipFor(key, dictionary, request);
    firstRead.putIfAbsent(key, request);
    if (skip == null && readable) {
      readSoFar.add(key);
    }
    return skip;
  }

  HeaderSkips.Setup setup() {
    return setup;
  }

  /** When CDT first asked for {@code file} (or a skip took it in), or null. */
  Integer firstRead(String file) {
    return firstRead.get(file);
  }

  boolean skippedAny() {
    return !skipped.isEmpty();
  }

  /** The skips whose declarations belong before top-level declaration {@code position}, or null. */
  List<Skip> before(int position) {
    return skipsBefore.get(position);
  }

  /** The closures met in contexts not yet trusted, by header. */
  Map<String, List<Pending>> pendingByHeader() {
    Map<String, List<Pending>> byHeader = new HashMap<>();
    pending.forEach(p -> byHeader.computeIfAbsent(p.header(), h -> new ArrayList<>()).add(p));
    return byHeader;
  }

  /** A recorded closure of {@code header} this unit may skip now, or null. */
  private HeaderSkips.Closure skipFor(String header, IMacroDictionary dictionary, int request) {
    for (HeaderSkips.Closure closure : skips.candidates(setup, header)) {
      if (closure.failed || !sameReadsBefore(closure)) {
        continue;
      }
      MacroContext.Fingerprint context = macros.of(closure.reach, dictionary);
      if (!context.known()) {
        continue;
      }
      if (!closure.verified.contains(context)) {
        pending.add(new Pending(header, closure, context));
        continue;
      }
      if (spelledSoFar(closure.needed)) {
        continue;
      }
      for (String file : closure.files) {
        firstRead.putIfAbsent(file, request);
      }
      skippedFiles.addAll(closure.files);
      skipped.add(new Skip(header, closure, request));
      return closure;
    }
    return null;
  }

  /** None of the closure's files read yet; the files it only asked for read before as they were. */
  private boolean sameReadsBefore(HeaderSkips.Closure closure) {
    for (String file : closure.files) {
      if (firstRead.containsKey(file)) {
        return false;
      }
    }
    for (Map.Entry<String, Boolean> asked : closure.askedOnly.entrySet()) {
      if (firstRead.containsKey(asked.getKey()) != asked.getValue()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the main file or a header read so far spells one of {@code names}: the skip would then
   * fail its check after the parse. Headers read later are only checked then.
   */
  private boolean spelledSoFar(Set<String> names) {
    Set<String> spelled = spelled();
    for (String name : names) {
      if (spelled.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every identifier of the main file and of the project headers CDT was given the text of so far,
   * other than files of skipped headers asked for again (an include guard or {@code #pragma once}
   * keeps those empty; {@link #place} adds back any that declared something). Grown as files
   * are read, so each file's identifiers are added once.
   */
  private Set<String> spelled() {
    if (spelledNames == null) {
      // The unit's own names are not kept for the run (its text is read by no other unit).
      spelledNames = new HashSet<>(List.of(Identifiers.of(mainText.chars()).names()));
    }
    for (; spelledUpTo < readSoFar.size(); spelledUpTo++) {
      String file = readSoFar.get(spelledUpTo);
      if (!skippedFiles.contains(file)) {
        spelledNames.addAll(reuse.nameSet(opened.identifiers(file)));
      }
    }
    return spelledNames;
  }

  /**
   * Finds where each skipped header's declarations would have been among the top-level
   * declarations, and checks that the code parsed needs none of them; a {@link HeaderSkips.Miss}
   * otherwise (the unit is then parsed again in full).
   */
  void place(IASTTranslationUnit unit, IASTDeclaration[] declarations, String[] fileOf) {
    List<IASTPreprocessorIncludeStatement> includes = new ArrayList<>(List.of(unit.getIncludeDirectives()));
    includes.sort(java.util.Comparator.comparingInt(UnitSkips::sequence));
    Map<String, IASTPreprocessorIncludeStatement> first = new HashMap<>();
    Set<String> entered = new HashSet<>();
    for (IASTPreprocessorIncludeStatement include : includes) {
      if (include.isActive() && include.isResolved()) {
        first.putIfAbsent(include.getPath(), include);
        if (include.createsAST()) {
          entered.add(include.getPath());
        }
      }
    }
    Map<Integer, List<Skip>> before = new HashMap<>();
    Map<IASTPreprocessorIncludeStatement, List<HeaderSkips.MacroStep>> macrosAt = new java.util.IdentityHashMap<>();
    for (Skip skip : skipped) {
      IASTPreprocessorIncludeStatement include = first.get(skip.header());
      if (include == null || include.createsAST()) {
        throw miss(skip, "its include was not found again");
      }
      int at = sequence(include);
      int position = declarations.length;
      for (int i = 0; i < declarations.length; i++) {
        int start = sequence(declarations[i]);
        if (start <= at && at < start + Math.max(1, length(declarations[i]))) {
          throw miss(skip, "it is included inside a declaration");
        }
        if (start > at) {
          position = i;
          break;
        }
      }
      before.computeIfAbsent(position, p -> new ArrayList<>()).add(skip);
      macrosAt.put(include, skip.closure().macros);
    }
    skipsBefore = before;
    skippedMacros = macrosAt;
    Set<String> demand = demand(unit, fileOf);
    for (Skip skip : skipped) {
      for (String name : skip.closure().declared) {
        if (demand.contains(name)) {
          skip.closure().failed = true;
          throw miss(skip, "the code parsed uses '" + name + "'");
        }
      }
    }
  }

  /**
   * Every identifier the parsed code could look up: of each file that produced tokens (the main
   * file, the prelude and generated files, every header entered; a file of a skipped header that
   * was entered again counts only when it declared something), and of the bodies of the macros
   * those name, transitively. Comments and strings count too: a superset only skips less.
   */
  private Set<String> demand(IASTTranslationUnit unit, String[] fileOf) {
    Set<String> demand = spelled();
    for (String file : fileOf) {
      if (file != null && skippedFiles.contains(file) && opened.identifiers(file) != null) {
        demand.addAll(reuse.nameSet(opened.identifiers(file)));
      }
    }
    // Generated files (not project headers, not the prelude): scanned here, not kept for the run.
    for (String key : files.servedKeys()) {
      if (files.sharedText(key) == null && !key.equals(mainKey) && !readSoFar.contains(key)) {
        SourceText text = files.served(key);
        if (text != null) {
          demand.addAll(List.of(Identifiers.of(text.chars()).names()));
        }
      }
    }
    // Macro bodies, read only for the macros the demand names (reading every expansion is costly).
    Map<String, List<Object>> bodies = new HashMap<>();
    for (IASTPreprocessorMacroDefinition definition : unit.getBuiltinMacroDefinitions()) {
      bodies.computeIfAbsent(definition.getName().toString(), n -> new ArrayList<>()).add(definition);
    }
    for (IASTPreprocessorStatement statement : unit.getAllPreprocessorStatements()) {
      if (statement instanceof IASTPreprocessorMacroDefinition definition) {
        bodies.computeIfAbsent(definition.getName().toString(), n -> new ArrayList<>()).add(definition);
      }
    }
    for (Skip skip : skipped) {
      for (HeaderSkips.MacroStep step : skip.closure().macros) {
        if (step.expansion() != null) {
          bodies.computeIfAbsent(step.name(), n -> new ArrayList<>()).add(step);
        }
      }
    }
    java.util.ArrayDeque<String> pendingNames = new java.util.ArrayDeque<>();
    for (String name : demand) {
      if (bodies.containsKey(name)) {
        pendingNames.add(name);
      }
    }
    while (!pendingNames.isEmpty()) {
      List<Object> ofMacro = bodies.remove(pendingNames.poll());
      if (ofMacro == null) {
        continue;
      }
      for (Object body : ofMacro) {
        String expansion = body instanceof HeaderSkips.MacroStep step ? new String(step.expansion())
            : ((IASTPreprocessorMacroDefinition) body).getExpansion();
        if (expansion == null || expansion.isEmpty()) {
          continue;
        }
        for (String name : reuse.bodyIdentifiers(expansion).names()) {
          if (demand.add(name) && bodies.containsKey(name)) {
            pendingNames.add(name);
          }
        }
      }
    }
    return demand;
  }

  static HeaderSkips.Miss miss(Skip skip, String why) {
    return new HeaderSkips.Miss(skip.header() + ": " + why);
  }

  /** The node's place in CDT's preprocessed stream (its sequence number). */
  private static int sequence(IASTNode node) {
    return ((ASTNode) node).getOffset();
  }

  private static int length(IASTNode node) {
    return ((ASTNode) node).getLength();
  }

  /** The macros a skipped header defined at {@code include}, in order; null when it was read. */
  List<HeaderSkips.MacroStep> macrosSkippedAt(IASTPreprocessorStatement include) {
    return include instanceof IASTPreprocessorIncludeStatement statement ? skippedMacros.get(statement) : null;
  }

}
