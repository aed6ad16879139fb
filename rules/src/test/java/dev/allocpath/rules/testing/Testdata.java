package dev.allocpath.rules.testing;

import dev.allocpath.api.Rule;
import dev.allocpath.config.ConfigException;
import dev.allocpath.config.ConfigReader;
import dev.allocpath.config.ProjectConfig;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import dev.allocpath.model.Component;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import dev.allocpath.model.Origin;
import dev.allocpath.model.ProjectModel;
import dev.allocpath.model.SourceFile;
import dev.allocpath.rules.BuiltInRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the cases under {@code testdata/} and analyses each with the real engine. */
public final class Testdata {
  private Testdata() {}

  public static Path root() {
    return Path.of(System.getProperty("testdata.dir", "../testdata")).toAbsolutePath().normalize();
  }

  public static boolean isSource(String name) {
    return name.endsWith(".c") || name.endsWith(".cpp") || name.endsWith(".cc") || name.endsWith(".cxx")
        || name.endsWith(".h") || name.endsWith(".hpp") || name.endsWith(".hh") || name.endsWith(".inl");
  }

  /** Every case: each entry under {@code testdata/<rule-id>/} and each {@code testdata/projects/*}. */
  public static List<Path> cases() {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> groups = Files.list(root())) {
      for (Path group : groups.filter(Files::isDirectory).sorted().toList()) {
        String name = group.getFileName().toString();
        if (name.equals("include") || name.equals("bad-input")) {
          continue;
        }
        try (Stream<Path> entries = Files.list(group)) {
          entries.filter(p -> Files.isDirectory(p) || isCaseFile(p)).sorted().forEach(cases::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static boolean isCaseFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".c") || name.endsWith(".cpp") || name.endsWith(".cc");
  }

  /** The rules a case enables: the one its folder names, or all of them for projects. */
  public static Set<String> enabledRules(Path testCase) {
    String group = testCase.getParent().getFileName().toString();
    return group.equals("projects") ? allRuleIds() : Set.of(group);
  }

  public static Set<String> allRuleIds() {
    return new BuiltInRules().rules().stream().map(r -> r.info().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Ids a marker may name: rule ids plus the notification kinds a case may expect. */
  public static Set<String> knownMarkerIds() {
    Set<String> ids = new TreeSet<>(allRuleIds());
    ids.addAll(Set.of("parse-error", "cmake-syntax", "cmake-unsupported", "missing-source", "not-analysed"));
    return ids;
  }

  public static AnalysisResult analyze(Path testCase) {
    Set<String> enabled = enabledRules(testCase);
    List<Rule> rules = new BuiltInRules().rules().stream()
        .filter(r -> enabled.contains(r.info().id())).toList();
    if (Files.isDirectory(testCase)) {
      return new ProjectScanner(optionsFor(testCase), rules).withSdk(sdkFor(testCase)).scan(testCase);
    }
    ProjectScanner scanner = new ProjectScanner(ScanOptions.defaults(), rules);
    return scanner.scan(singleFileModel(testCase));
  }

  /** Defaults, or what the case's own {@code .allocpath.yml} says (settings and rule levels). */
  private static ScanOptions optionsFor(Path testCase) {
    ScanOptions defaults = ScanOptions.defaults();
    Path file = testCase.resolve(ConfigReader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return defaults;
    }
    Set<String> costKeys = new TreeSet<>();
    new BuiltInRules().rules().forEach(r -> costKeys.addAll(r.costKeys()));
    try {
      ProjectConfig config = new ConfigReader(allRuleIds(), costKeys).read(file);
      Map<String, dev.allocpath.api.Severity> levels = new LinkedHashMap<>();
      config.ruleLevels().forEach((id, level) -> {
        if (level != null) {
          levels.put(id, level);
        }
      });
      List<String> roots = dev.allocpath.cmake.ModelOptions.rootsWith(
          config.componentRoots().isEmpty() ? defaults.componentRoots() : config.componentRoots(),
          config.flag("components.main"), config.flag("components.managed"));
      return new ScanOptions(roots, config.excludes(), null, false, defaults.threads(),
          defaults.parseTimeout(), config.settings(), levels, null);
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The ESP-IDF build settings of the case's {@code .allocpath.yml} (sdkconfig, -D, --define). */
  private static dev.allocpath.kconfig.SdkOptions sdkFor(Path testCase) {
    Path file = testCase.resolve(ConfigReader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return dev.allocpath.kconfig.SdkOptions.none();
    }
    try {
      ProjectConfig config = new ConfigReader(allRuleIds(), costKeys()).read(file);
      return new dev.allocpath.kconfig.SdkOptions(
          config.single("sdkconfig").map(testCase::resolve).orElse(null),
          config.single("target").orElse(null), config.single("idf-version").orElse(null), null,
          pairs(config.lists().getOrDefault("defines", List.of())),
          pairs(config.lists().getOrDefault("cmake-defines", List.of())));
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static Map<String, String> pairs(List<String> entries) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      out.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
    }
    return out;
  }

  private static Set<String> costKeys() {
    Set<String> keys = new TreeSet<>();
    new BuiltInRules().rules().forEach(r -> keys.addAll(r.costKeys()));
    return keys;
  }

  /** A lone file is a one-component project that compiles just that file, with no flags. */
  static ProjectModel singleFileModel(Path file) {
    Path root = file.getParent().toAbsolutePath().normalize();
    Path source = file.toAbsolutePath().normalize();
    String name = file.getFileName().toString();
    String component = name.substring(0, name.lastIndexOf('.'));
    Map<String, String> defines = new LinkedHashMap<>();
    Component c = new Component(component, root, root.resolve("CMakeLists.txt"), null,
        List.of(new SourceFile(source, new Origin(name, 1))), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Map.of());
    CompileUnit unit = new CompileUnit(source, component, Language.ofSource(name), defines,
        List.of(), List.of(root), List.of(), Map.of());
    return new ProjectModel(root, List.of(c), List.of(unit), "cmake", List.of());
  }
}
