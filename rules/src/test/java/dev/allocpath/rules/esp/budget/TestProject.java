package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Notification;
import dev.allocpath.api.ReportContext;
import dev.allocpath.api.Settings;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.model.Component;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built facts for budget tests: classes, functions and calls placed in one file per
 * component ({@code components/<name>/<name>.cpp}), each line number unique, as a parser would
 * give them. Declarations go to the component named by {@link #in}.
 */
final class TestProject {
  static final Path ROOT = Path.of("/project").toAbsolutePath();

  private final Map<String, List<ClassFact>> classes = new LinkedHashMap<>();
  private final Map<String, List<FunctionFact>> functions = new LinkedHashMap<>();
  private final Map<String, List<CallFact>> calls = new LinkedHashMap<>();
  private final Map<String, List<VariableFact>> variables = new LinkedHashMap<>();
  private final List<TypeAliasFact> aliases = new ArrayList<>();
  private String component = "app";
  private int line = 1;

  /** Following declarations belong to component {@code name}. */
  TestProject in(String name) {
    component = name;
    classes.computeIfAbsent(name, k -> new ArrayList<>());
    return this;
  }

  static String file(String component) {
    return "components/" + component + "/" + component + ".cpp";
  }

  SourceLocation next() {
    return SourceLocation.ofLine(file(component), line++);
  }

  static MemberFact member(String name, String type) {
    return new MemberFact(name, TypeRef.of(type), false, null);
  }

  static MemberFact pointer(String name, String type) {
    return new MemberFact(name, new TypeRef(type, true, List.of()), false, null);
  }

  static MemberFact staticMember(String name, String type) {
    return new MemberFact(name, TypeRef.of(type), true, null);
  }

  TestProject type(String qualifiedName, MemberFact... members) {
    return derived(qualifiedName, List.of(), members);
  }

  TestProject derived(String qualifiedName, List<String> bases, MemberFact... members) {
    return template(qualifiedName, bases, List.of(), members);
  }

  TestProject template(String qualifiedName, List<String> bases, List<String> parameters, MemberFact... members) {
    SourceLocation where = next();
    List<MemberFact> placed = new ArrayList<>();
    for (MemberFact m : members) {
      placed.add(new MemberFact(m.name(), m.type(), m.isStatic(), next()));
    }
    int cut = qualifiedName.lastIndexOf("::");
    String simple = cut < 0 ? qualifiedName : qualifiedName.substring(cut + 2);
    classes.computeIfAbsent(component, k -> new ArrayList<>())
        .add(new ClassFact(qualifiedName, simple, "class", bases, parameters, placed, where));
    return this;
  }

  TestProject alias(String qualifiedName, List<String> parameters, String target) {
    int cut = qualifiedName.lastIndexOf("::");
    aliases.add(new TypeAliasFact(qualifiedName, cut < 0 ? qualifiedName : qualifiedName.substring(cut + 2),
        TypeRef.of(target), parameters, next()));
    return this;
  }

  /** A member function {@code owner::name} that calls {@code callee<type>} ({@code operator new} for new). */
  TestProject creates(String owner, String name, String callee, String type) {
    String qualified = owner + "::" + name;
    functions.computeIfAbsent(component, k -> new ArrayList<>())
        .add(new FunctionFact(qualified, name, owner, List.of(), List.of(), next()));
    calls.computeIfAbsent(component, k -> new ArrayList<>())
        .add(new CallFact(callee, callee.equals("operator new") ? "new" : "std::" + callee, null, List.of(type),
            List.of(), next(), null, qualified));
    return this;
  }

  TestProject variable(String qualifiedName, String type, VariableFact.Storage storage) {
    int cut = qualifiedName.lastIndexOf("::");
    variables.computeIfAbsent(component, k -> new ArrayList<>())
        .add(new VariableFact(qualifiedName, cut < 0 ? qualifiedName : qualifiedName.substring(cut + 2),
            TypeRef.of(type), storage, false, false, null, "", next()));
    return this;
  }

  ProjectFacts facts() {
    List<Component> components = new ArrayList<>();
    List<CompileUnit> units = new ArrayList<>();
    List<UnitFacts> unitFacts = new ArrayList<>();
    for (String name : classes.keySet()) {
      Path dir = ROOT.resolve("components").resolve(name);
      Path source = ROOT.resolve(file(name));
      components.add(new Component(name, dir, dir.resolve("CMakeLists.txt"), null, List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
      units.add(new CompileUnit(source, name, Language.ofSource(source.toString()), Map.of(), List.of(),
          List.of(), List.of(), Map.of()));
      unitFacts.add(new UnitFacts(file(name), name, line, List.of(), classes.get(name),
          name.equals(classes.keySet().iterator().next()) ? aliases : List.of(),
          functions.getOrDefault(name, List.of()), calls.getOrDefault(name, List.of()),
          variables.getOrDefault(name, List.of()), List.of(), List.of()));
    }
    return new ProjectFacts(new ProjectModel(ROOT, components, units, "cmake", List.of()), unitFacts);
  }

  /** A report context over the given rule output; it keeps what the report publishes. */
  static final class Context implements ReportContext {
    final Settings settings;
    final List<Finding> findings;
    final Map<String, Object> ruleSummaries;
    final Map<String, Object> published = new HashMap<>();
    final Map<String, List<String>> text = new HashMap<>();

    Context(Settings settings, List<Finding> findings, Map<String, Object> ruleSummaries) {
      this.settings = settings;
      this.findings = findings;
      this.ruleSummaries = ruleSummaries;
    }

    static Context empty() {
      return new Context(Settings.defaults(), List.of(), Map.of());
    }

    @Override
    public Settings settings() {
      return settings;
    }

    @Override
    public List<Finding> findings() {
      return findings;
    }

    @Override
    public Optional<Object> ruleSummary(String key) {
      return Optional.ofNullable(ruleSummaries.get(key));
    }

    @Override
    public void publish(String key, Object data, List<String> textLines) {
      published.put(key, data);
      text.put(key, textLines);
    }

    @Override
    public void notify(Notification notification) {
      throw new AssertionError("unexpected notification: " + notification);
    }
  }

  /** Settings with some numbers overridden. */
  static Settings settings(Map<String, Long> numbers) {
    return new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return numbers.getOrDefault(key, defaultValue);
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return defaultValue;
      }
    };
  }
}
