package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.model.ProjectModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts of every parsed unit plus the build model. Header declarations that many units
 * include are merged here, so each class or alias appears once.
 */
public final class ProjectFacts {
  private final ProjectModel model;
  private final List<UnitFacts> units;
  private final List<ClassFact> classes;
  private final List<TypeAliasFact> aliases;
  private final List<FunctionFact> functions;
  private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ProjectFacts(ProjectModel model, List<UnitFacts> units) {
    this.model = model;
    this.units =
        units.stream().sorted(Comparator.comparing(UnitFacts::unitPath)).toList();
    this.classes =
        dedupe(this.units, UnitFacts::classes, c -> Place.of(c.location(), c.qualifiedName()),
            Comparator.comparing(ClassFact::location).thenComparing(ClassFact::qualifiedName));
    this.aliases =
        dedupe(this.units, UnitFacts::aliases, a -> Place.of(a.location(), a.qualifiedName()),
            Comparator.comparing(TypeAliasFact::location).thenComparing(TypeAliasFact::qualifiedName));
    this.functions =
        dedupe(this.units, UnitFacts::functions, f -> Place.of(f.location(), f.qualifiedName()),
            Comparator.comparing(FunctionFact::location).thenComparing(FunctionFact::qualifiedName));
  }

  /** What makes two declarations the same one: where it starts (not where it ends) and its name. */
  private record Place(String path, int line, int column, String name) {
    static Place of(SourceLocation at, String name) {
      return at == null ? new Place(null, 0, 0, name) : new Place(at.path(), at.line(), at.column(), name);
    }
  }

  /**
   * The items of every unit, once each by place, the first unit's copy kept. Units share equal
   * header facts as one object (the parser's interner), so a repeat is mostly the same object and
   * is passed over without building its key.
   */
  private static <T> List<T> dedupe(
      List<UnitFacts> units,
      Function<UnitFacts, List<T>> part,
      Function<T, Place> key,
      Comparator<T> order) {
    Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Place, T> unique = new LinkedHashMap<>();
    for (UnitFacts unit : units) {
      for (T item : part.apply(unit)) {
        if (seen.add(item)) {
          unique.putIfAbsent(key.apply(item), item);
        }
      }
    }
    List<T> sorted = new ArrayList<>(unique.values());
    sorted.sort(order);
    return List.copyOf(sorted);
  }

  public ProjectModel model() {
    return model;
  }

  /** Per-unit facts, sorted by unit path. Header code repeats across units. */
  public List<UnitFacts> units() {
    return units;
  }

  /** Every class definition in live code of any unit, once, sorted by location. */
  public List<ClassFact> classes() {
    return classes;
  }

  public List<TypeAliasFact> aliases() {
    return aliases;
  }

  /** Every function definition in live code, once, sorted by location. */
  public List<FunctionFact> functions() {
    return functions;
  }

  /**
   * A value computed from these facts once per run and shared by every rule and report that asks
   * for it under the same key (the key names the computation and every input besides the facts).
   * Rules run side by side, so two may compute it at once; both results are equal and the first
   * one stored wins. Not computeIfAbsent: a computation may itself ask for another derived value.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<ProjectFacts, T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = compute.apply(this);
      Object earlier = derived.putIfAbsent(key, value);
      if (earlier != null) {
        value = earlier;
      }
    }
    return (T) value;
  }
}
