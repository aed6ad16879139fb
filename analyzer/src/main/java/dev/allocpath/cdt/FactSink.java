package dev.allocpath.cdt;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Collects the facts of one unit as collectors find them, and turns them into a deterministic
 * {@link UnitFacts}: duplicates (a header included twice without a guard) removed, every list
 * sorted by location and then by content. Parse problems are capped per file.
 */
final class FactSink {
  /** Problems reported per file before the rest is summarised. */
  static final int PROBLEMS_PER_FILE = 3;

  private final FactInterner interner;
  private final SharedStrings strings;
  final List<ClassFact> classes = new ArrayList<>();
  final List<TypeAliasFact> aliases = new ArrayList<>();
  final List<FunctionFact> functions = new ArrayList<>();
  final List<CallFact> calls = new ArrayList<>();
  final List<VariableFact> variables = new ArrayList<>();
  final List<MacroFact> macros = new ArrayList<>();
  final List<AssignmentFact> assignments = new ArrayList<>();
  final List<ReturnFact> returns = new ArrayList<>();
  private final Map<String, ClassFact> classesByName = new HashMap<>();
  private final Map<String, Map<String, MemberFact>> membersByClass = new HashMap<>();
  private final List<Notification> notes = new ArrayList<>();
  private final Map<String, List<Notification>> problemsByFile = new LinkedHashMap<>();
  private final Set<String> failedCollectors = new LinkedHashSet<>();
  /** Every parse problem in the order reported, so a range of the walk can be replayed. */
  private final List<FactBatch.Problem> problemLog = new ArrayList<>();
  /** Every collector failure, reported or not: a stretch with one cannot be replayed. */
  private int failures;
  /**
   * Calls, variables and data flow whose strings are already the interner's shared copies: those
   * of a batch, stored or replayed (a batch holds shared copies, made once by the unit that stored
   * it), so the units that replay a header's facts share its fact objects instead of copying them.
   */
  private final Set<Object> alreadyShared = Collections.newSetFromMap(new IdentityHashMap<>());

  /** @param interner where equal facts of other units are shared (header code repeats across units) */
  FactSink(FactInterner interner) {
    this.interner = interner;
    this.strings = new SharedStrings(interner);
  }

  void addClass(ClassFact type) {
    classes.add(type);
    classesByName.putIfAbsent(type.qualifiedName(), type);
  }

  /** A data member of a class defined earlier in this unit, or null. */
  MemberFact member(String className, String memberName) {
    ClassFact type = classesByName.get(className);
    if (type == null) {
      return null;
    }
    return membersByClass
        .computeIfAbsent(className, name -> {
          Map<String, MemberFact> byName = new HashMap<>();
          for (MemberFact member : type.members()) {
            byName.putIfAbsent(member.name(), member);
          }
          return byName;
        })
        .get(memberName);
  }

  /** A class defined earlier in this unit (the first definition of that name), or null. */
  ClassFact classNamed(String qualifiedName) {
    return classesByName.get(qualifiedName);
  }

  /** A general notification (not capped). */
  void note(Notification notification) {
    notes.add(notification);
  }

  /** A parse problem; only the first {@link #PROBLEMS_PER_FILE} of a file are kept verbatim. */
  void problem(SourceLocation location, String message) {
    problemLog.add(new FactBatch.Problem(location, message));
    problemsByFile
        .computeIfAbsent(location.path(), path -> new ArrayList<>())
        .add(new Notification(Severity.WARNING, "parse-error", message, location));
  }

  /** A collector failed on some node: reported once per collector, the walk goes on. */
  void collectorFailed(String collector, SourceLocation location, RuntimeException error) {
    failures++;
    if (failedCollectors.add(collector)) {
      notes.add(
          new Notification(
              Severity.WARNING,
              "extract-error",
              "could not extract " + collector + " facts here (" + error.getClass().getSimpleName()
                  + "); further errors of this kind in the unit are not reported",
              location));
    }
  }

  /** Where the collected facts stand now; {@link #since} gives what was added after it. */
  FactBatch.Mark mark() {
    return new FactBatch.Mark(classes.size(), aliases.size(), functions.size(), calls.size(),
        variables.size(), assignments.size(), returns.size(), problemLog.size(), notes.size() + failures);
  }

  /**
   * The facts added since {@code mark}, or null when a note was added or a collector failed
   * meanwhile (only the first failure per collector is reported, so a replay could not say it).
   */
  FactBatch since(FactBatch.Mark mark, List<DeclaredNames.Declared> declared) {
    if (notes.size() + failures != mark.notesAndFailures()) {
      return null;
    }
    return new FactBatch(
        List.copyOf(classes.subList(mark.classes(), classes.size())),
        List.copyOf(aliases.subList(mark.aliases(), aliases.size())),
        List.copyOf(functions.subList(mark.functions(), functions.size())),
        shareFrom(calls, mark.calls(), strings::call),
        shareFrom(variables, mark.variables(), strings::variable),
        shareFrom(assignments, mark.assignments(), strings::assignment),
        shareFrom(returns, mark.returns(), strings::returned),
        List.copyOf(problemLog.subList(mark.problems(), problemLog.size())),
        declared);
  }

  /** Adds the facts of a batch as if the walk had found them again, in the same order. */
  void replay(FactBatch batch) {
    batch.classes().forEach(this::addClass);
    aliases.addAll(batch.aliases());
    functions.addAll(batch.functions());
    calls.addAll(batch.calls());
    variables.addAll(batch.variables());
    assignments.addAll(batch.assignments());
    returns.addAll(batch.returns());
    alreadyShared.addAll(batch.calls());
    alreadyShared.addAll(batch.variables());
    alreadyShared.addAll(batch.assignments());
    alreadyShared.addAll(batch.returns());
    batch.problems().forEach(p -> problem(p.location(), p.message()));
  }

  UnitFacts build(String unitPath, String component, int lineCount, List<String> includedFiles) {
    return new UnitFacts(
        unitPath,
        component,
        lineCount,
        includedFiles,
        sorted(classes, ClassFact::location, interner),
        sorted(aliases, TypeAliasFact::location, interner),
        sorted(functions, FunctionFact::location, interner),
        sorted(shared(calls, strings::call), CallFact::location),
        sorted(shared(variables, strings::variable), VariableFact::location),
        sortedMacros(),
        problems(),
        sorted(shared(assignments, strings::assignment), AssignmentFact::location),
        sorted(shared(returns, strings::returned), ReturnFact::location));
  }

  /** {@code items} with each one not yet shared replaced by its copy with shared strings. */
  private <T> List<T> shared(List<T> items, UnaryOperator<T> copy) {
    return strings.all(items, item -> alreadyShared.contains(item) ? item : copy.apply(item));
  }

  /**
   * The items of {@code list} from {@code from} on, for a batch: each replaced in the list itself
   * by its shared copy, so the copy is made once, and this unit holds the same objects as the
   * units that replay the batch.
   */
  private <T> List<T> shareFrom(List<T> list, int from, UnaryOperator<T> copy) {
    for (int i = from; i < list.size(); i++) {
      T item = list.get(i);
      if (!alreadyShared.contains(item)) {
        T sharedCopy = copy.apply(item);
        list.set(i, sharedCopy);
        alreadyShared.add(sharedCopy);
      }
    }
    return List.copyOf(list.subList(from, list.size()));
  }

  private List<Notification> problems() {
    List<Notification> all = new ArrayList<>(notes);
    for (List<Notification> ofFile : problemsByFile.values()) {
      List<Notification> ordered = new ArrayList<>(new LinkedHashSet<>(ofFile));
      ordered.sort(Comparator.naturalOrder());
      all.addAll(ordered.subList(0, Math.min(PROBLEMS_PER_FILE, ordered.size())));
      int rest = ordered.size() - PROBLEMS_PER_FILE;
      if (rest > 0) {
        Notification first = ordered.get(PROBLEMS_PER_FILE);
        all.add(
            new Notification(
                Severity.WARNING,
                "parse-error",
                "and " + rest + " more parse problem" + (rest == 1 ? "" : "s") + " in this file",
                first.location()));
      }
    }
    return sorted(all, Notification::location, null);
  }

  private List<MacroFact> sortedMacros() {
    List<MacroFact> unique = new ArrayList<>(unique(macros, interner));
    unique.sort(
        Comparator.comparing(MacroFact::name)
            .thenComparing(MacroFact::location, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Object::toString));
    return unique;
  }

  /**
   * Unique items ordered by location, then content, not shared with other units: calls,
   * variables and data flow are mostly in the unit's own file, where sharing would cost a deep
   * comparison per fact and save little (measured at the reference size: 1.5-2 copies per fact,
   * against 16 for classes and 30 for macros).
   */
  static <T> List<T> sorted(List<T> items, Function<T, SourceLocation> location) {
    return sorted(items, location, null);
  }

  /**
   * Unique items ordered by location, then content; with an {@code interner}, each replaced by
   * its shared equal copy. Interning also finds the duplicates: equal items become the same
   * object, so an identity set suffices (one deep hash per item, not two).
   */
  static <T> List<T> sorted(List<T> items, Function<T, SourceLocation> location, FactInterner interner) {
    List<Keyed<T>> keyed = new ArrayList<>();
    for (T item : unique(items, interner)) {
      keyed.add(new Keyed<>(item, location.apply(item)));
    }
    keyed.sort(Keyed::compareTo);
    List<T> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.item));
    return out;
  }

  /** The distinct items, each replaced by the interner's shared copy when there is an interner. */
  private static <T> Set<T> unique(List<T> items, FactInterner interner) {
    if (interner == null) {
      return new LinkedHashSet<>(items);
    }
    Set<T> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    for (T item : items) {
      shared.add(interner.intern(item));
    }
    return shared;
  }

  /**
   * An item with its sort keys. The full text of a record is costly (it renders every nested
   * list), so it is computed only for items whose locations tie, and at most once each.
   */
  private static final class Keyed<T> implements Comparable<Keyed<T>> {
    final T item;
    final SourceLocation location;
    private String text;

    Keyed(T item, SourceLocation location) {
      this.item = item;
      this.location = location;
    }

    private String text() {
      if (text == null) {
        text = item.toString();
      }
      return text;
    }

    @Override
    public int compareTo(Keyed<T> other) {
      if (location == null || other.location == null) {
        if (location != other.location) {
          return location == null ? -1 : 1;
        }
      } else {
        int byLocation = location.compareTo(other.location);
        if (byLocation != 0) {
          return byLocation;
        }
      }
      return text().compareTo(other.text());
    }
  }
}
