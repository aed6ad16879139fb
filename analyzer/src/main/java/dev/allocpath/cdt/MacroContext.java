package dev.allocpath.cdt;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.parser.util.CharArrayMap;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.PreprocessorMacro;

/**
 * The macro context of a header at the moment CDT opens it: for every identifier of its text
 * (and, transitively, of the bodies of the macros those name), the definition in force or its
 * absence, folded into a {@link Hash128}. Two openings with equal contexts produce the same
 * tokens, because the preprocessor looks up nothing else (the header's own {@code #define}s and
 * the headers it includes are covered by their own text and contexts).
 *
 * <p>CDT hands the include lookup its macro dictionary only as an {@link IMacroDictionary}, which
 * can test but not list definitions; the definitions are read from the preprocessor behind it
 * (internal CDT API, pinned version). When that is not possible the context is unknown and the
 * header is simply parsed and extracted as usual. One instance per parse (not thread-safe).
 */
final class MacroContext {
  private static final Field PREPROCESSOR = field(
      "org.eclipse.cdt.internal.core.parser.scanner.CPreprocessor$MacroDictionary", "this$0");
  private static final Field DEFINITIONS = field(
      "org.eclipse.cdt.internal.core.parser.scanner.CPreprocessor", "fMacroDictionary");

  /** The context of one opening; {@code known} is false when it could not be read. */
  record Fingerprint(long first, long second, boolean known) {
    static final Fingerprint UNKNOWN = new Fingerprint(0, 0, false);
  }

  private final Map<PreprocessorMacro, MacroSummary> summaries = new IdentityHashMap<>();
  private final Map<String, Identifiers> bodyIdentifiers;

  /** @param bodyIdentifiers identifiers of macro bodies, shared by the parses of a run */
  MacroContext(Map<String, Identifiers> bodyIdentifiers) {
    this.bodyIdentifiers = bodyIdentifiers;
  }

  private record MacroSummary(long hash, Identifiers body) {}

  /** The context a file with these identifiers is opened in, under {@code dictionary}. */
  Fingerprint of(Identifiers identifiers, IMacroDictionary dictionary) {
    return of(List.of(identifiers), dictionary);
  }

  /** The context over the identifiers of several files (a header and what it includes). */
  Fingerprint of(List<Identifiers> files, IMacroDictionary dictionary) {
    if (dictionary == null || PREPROCESSOR == null || DEFINITIONS == null) {
      return Fingerprint.UNKNOWN;
    }
    for (Identifiers file : files) {
      if (!file.reusable()) {
        return Fingerprint.UNKNOWN;
      }
    }
    CharArrayMap<PreprocessorMacro> definitions = definitions(dictionary);
    if (definitions == null) {
      return Fingerprint.UNKNOWN;
    }
    // Every identifier of the text is hashed with its definition or its absence; the bodies of the
    // macros among them are followed once each (a name met again in a body is hashed again, which
    // is as deterministic and spares a set of every identifier).
    Hash128 hash = new Hash128();
    Set<PreprocessorMacro> followed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Identifiers> pending = new ArrayDeque<>(files);
    while (!pending.isEmpty()) {
      Identifiers next = pending.poll();
      char[] spellings = next.spellings();
      int[] starts = next.starts();
      long[] hashes = next.hashes();
      for (int k = 0; k < hashes.length; k++) {
        PreprocessorMacro macro = definitions.get(spellings, starts[k], starts[k + 1] - starts[k]);
        hash.add(hashes[k]);
        if (macro == null) {
          hash.add(0L);
          continue;
        }
        MacroSummary summary = summaries.computeIfAbsent(macro, this::summarise);
        if (summary.body() == null || !summary.body().reusable()) {
          return Fingerprint.UNKNOWN;
        }
        hash.add(summary.hash());
        if (followed.add(macro)) {
          pending.add(summary.body());
        }
      }
    }
    return new Fingerprint(hash.first(), hash.second(), true);
  }

  private MacroSummary summarise(PreprocessorMacro macro) {
    char[] image = macro.getExpansionImage();
    Hash128 hash = new Hash128().add(macro.isFunctionStyle() ? 1L : 2L);
    char[][] parameters = macro.getParameterList();
    if (parameters != null) {
      hash.add(parameters.length);
      for (char[] parameter : parameters) {
        hash.add(parameter);
      }
    }
    hash.add(image);
    Identifiers body = image == null
        ? null
        : bodyIdentifiers.computeIfAbsent(new String(image), text -> Identifiers.of(text.toCharArray()));
    return new MacroSummary(hash.first() ^ Long.rotateLeft(hash.second(), 17), body);
  }

  @SuppressWarnings("unchecked")
  private static CharArrayMap<PreprocessorMacro> definitions(IMacroDictionary dictionary) {
    try {
      if (!PREPROCESSOR.getDeclaringClass().isInstance(dictionary)) {
        return null;
      }
      return (CharArrayMap<PreprocessorMacro>) DEFINITIONS.get(PREPROCESSOR.get(dictionary));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(String className, String name) {
    try {
      Field found = Class.forName(className, false, MacroContext.class.getClassLoader()).getDeclaredField(name);
      found.setAccessible(true);
      return found;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another CDT build: header reuse is off, parsing is unaffected.
      return null;
    }
  }
}
