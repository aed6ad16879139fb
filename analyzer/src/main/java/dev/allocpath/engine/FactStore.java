package dev.allocpath.engine;

import dev.allocpath.api.Notification;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The on-disk form of {@link FactCache}: the facts header code repeats across units (classes,
 * aliases, functions, macros, and the calls, variables and data flow of inline functions and
 * templates) stored once in tables, and per unit the numbers of its rows in those tables, besides
 * what is its alone. Read back, the units of a store share one object per row: the rules' merge of
 * a component's code then knows a repeated header fact by identity instead of comparing it field
 * by field (it did for every header call of every unit in a cached run).
 */
record FactStore(
    String toolVersion,
    List<ClassFact> classes,
    List<TypeAliasFact> aliases,
    List<FunctionFact> functions,
    List<MacroFact> macros,
    List<CallFact> calls,
    List<VariableFact> variables,
    List<AssignmentFact> assignments,
    List<ReturnFact> returns,
    Map<String, Unit> units) {

  /** One unit's entry: what it was read from, and its facts with table rows by number. */
  record Unit(
      Map<String, String> fileHashes,
      String unitPath,
      String component,
      int lineCount,
      List<String> includedFiles,
      int[] classes,
      int[] aliases,
      int[] functions,
      int[] calls,
      int[] variables,
      int[] macros,
      List<Notification> problems,
      int[] assignments,
      int[] returns) {}

  /** A unit's facts in memory and the hashes of the files they were read from. */
  record Stored(Map<String, String> fileHashes, UnitFacts facts) {}

  /**
   * A store read back. Its declaration tables (classes, aliases, functions, macros) go through the
   * run's interner on first use, so cached units share them with freshly parsed ones; the tables of
   * calls, variables and data flow are shared only by the units of this store, as parsed units do
   * not intern those.
   */
  static final class Loaded {
    static final Loaded EMPTY =
        new Loaded(new FactStore("", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Map.of()));

    private final FactStore store;
    private List<ClassFact> classes;
    private List<TypeAliasFact> aliases;
    private List<FunctionFact> functions;
    private List<MacroFact> macros;

    Loaded(FactStore store) {
      this.store = store;
    }

    Map<String, Unit> units() {
      return store.units() == null ? Map.of() : store.units();
    }

    /** The unit's facts; throws on a damaged entry (a row number out of range). */
    synchronized UnitFacts facts(Unit unit, FactInterner interner) {
      if (classes == null) {
        classes = shared(store.classes(), interner);
        aliases = shared(store.aliases(), interner);
        functions = shared(store.functions(), interner);
        macros = shared(store.macros(), interner);
      }
      return new UnitFacts(unit.unitPath(), unit.component(), unit.lineCount(), unit.includedFiles(),
          rows(classes, unit.classes()), rows(aliases, unit.aliases()), rows(functions, unit.functions()),
          rows(store.calls(), unit.calls()), rows(store.variables(), unit.variables()), rows(macros, unit.macros()),
          unit.problems(), rows(store.assignments(), unit.assignments()), rows(store.returns(), unit.returns()));
    }

    private static <T> List<T> shared(List<T> table, FactInterner interner) {
      List<T> out = new ArrayList<>(table.size());
      table.forEach(item -> out.add(interner.intern(item)));
      return out;
    }

    private static <T> List<T> rows(List<T> table, int[] numbers) {
      List<T> out = new ArrayList<>(numbers.length);
      for (int number : numbers) {
        out.add(table.get(number));
      }
      return out;
    }
  }

  Loaded loaded() {
    return new Loaded(this);
  }

  /** The store of {@code entries} (in key order, so the same entries give the same bytes). */
  static FactStore of(String toolVersion, Map<String, Stored> entries) {
    Table<ClassFact> classes = new Table<>();
    Table<TypeAliasFact> aliases = new Table<>();
    Table<FunctionFact> functions = new Table<>();
    Table<MacroFact> macros = new Table<>();
    Table<CallFact> calls = new Table<>();
    Table<VariableFact> variables = new Table<>();
    Table<AssignmentFact> assignments = new Table<>();
    Table<ReturnFact> returns = new Table<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    entries.forEach((key, entry) -> {
      UnitFacts f = entry.facts();
      units.put(key, new Unit(entry.fileHashes(), f.unitPath(), f.component(), f.lineCount(), f.includedFiles(),
          classes.rows(f.classes()), aliases.rows(f.aliases()), functions.rows(f.functions()),
          calls.rows(f.calls()), variables.rows(f.variables()), macros.rows(f.macros()), f.problems(),
          assignments.rows(f.assignments()), returns.rows(f.returns())));
    });
    return new FactStore(toolVersion, classes.items, aliases.items, functions.items, macros.items, calls.items,
        variables.items, assignments.items, returns.items, units);
  }

  /**
   * Distinct items in first-seen order, with their row numbers. Units of a run share most repeated
   * facts as one object, so an item is looked up by identity before its deep hash is taken.
   */
  private static final class Table<T> {
    final List<T> items = new ArrayList<>();
    private final Map<T, Integer> numbers = new HashMap<>();
    private final Map<T, Integer> byIdentity = new IdentityHashMap<>();

    int[] rows(List<T> of) {
      int[] out = new int[of.size()];
      for (int i = 0; i < out.length; i++) {
        T item = of.get(i);
        Integer known = byIdentity.get(item);
        if (known == null) {
          known = numbers.computeIfAbsent(item, add());
          byIdentity.put(item, known);
        }
        out[i] = known;
      }
      return out;
    }

    private Function<T, Integer> add() {
      return item -> {
        items.add(item);
        return items.size() - 1;
      };
    }
  }
}
