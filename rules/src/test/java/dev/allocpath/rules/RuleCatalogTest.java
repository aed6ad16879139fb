package dev.allocpath.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.engine.RuleDescriptor;
import dev.allocpath.rules.testing.Testdata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checklist for adding a rule, as a test: id, class, doc, testdata and README agree.
 * {@code -Dupdate.goldens=true} regenerates the README rule table.
 */
class RuleCatalogTest {
  private static final String TABLE_START = "<!-- rules:start -->";
  private static final String TABLE_END = "<!-- rules:end -->";

  private final List<Rule> rules = new BuiltInRules().rules();

  @Test
  void idsAreUniqueKebabCaseAndMatchPackageAndClass() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      assertTrue(seen.add(info.id()), "duplicate id " + info.id());
      assertTrue(info.id().matches("[a-z]+(-[a-z0-9]+)+"), "not kebab-case: " + info.id());
      String category = info.id().substring(0, info.id().indexOf('-'));
      String pkg = rule.getClass().getPackageName();
      assertEquals(category, pkg.substring(pkg.lastIndexOf('.') + 1), "package of " + info.id());
      assertEquals(className(info.id().substring(category.length() + 1)), rule.getClass().getSimpleName(),
          "class name of " + info.id());
      assertTrue(info.summary().endsWith("."), "summary must be a sentence: " + info.id());
      assertTrue(Set.of("very-high", "high", "medium", "low").contains(info.precision()), info.id());
    }
  }

  @Test
  void everyRuleHasADocThatDoesNotRepeatTheSummary() {
    for (Rule rule : rules) {
      String doc = RuleDescriptor.of(rule).docMarkdown();
      assertFalse(doc.isBlank(), "missing rule-docs/" + rule.info().id() + ".md");
      assertFalse(doc.contains(rule.info().summary()), "doc repeats the summary: " + rule.info().id());
    }
  }

  @Test
  void everyRuleHasTestdataWithPositivesAndNegatives() throws IOException {
    for (Rule rule : rules) {
      Path folder = Testdata.root().resolve(rule.info().id());
      assertTrue(Files.isDirectory(folder), "missing testdata/" + rule.info().id());
      String all = allText(folder);
      assertTrue(all.contains("expect: " + rule.info().id()), "no expect: marker in " + folder);
      assertTrue(all.contains("ok: " + rule.info().id()), "no ok: look-alike in " + folder);
    }
  }

  @Test
  void noTestdataFolderNamesAnUnknownRule() throws IOException {
    Set<String> ids = Testdata.allRuleIds();
    try (Stream<Path> dirs = Files.list(Testdata.root())) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String name = dir.getFileName().toString();
        if (!Set.of("projects", "include", "bad-input").contains(name)) {
          assertTrue(ids.contains(name), "testdata/" + name + " names no rule");
        }
      }
    }
  }

  @Test
  void readmeRuleTableIsInSync() throws IOException {
    Path readme = Path.of(System.getProperty("repo.root", "..")).resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(TABLE_START);
    int end = text.indexOf(TABLE_END);
    assertTrue(start >= 0 && end > start, "README.md needs " + TABLE_START + " ... " + TABLE_END);
    String updated = text.substring(0, start + TABLE_START.length()) + "\n" + table()
        + text.substring(end);
    if (Boolean.getBoolean("update.goldens")) {
      Files.writeString(readme, updated, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(updated, text, "README rule table is stale (run with -Dupdate.goldens=true)");
  }

  private String table() {
    List<String> lines = new ArrayList<>();
    lines.add("| Rule | Level | What it finds |");
    lines.add("|---|---|---|");
    rules.stream().map(Rule::info).sorted((a, b) -> a.id().compareTo(b.id())).forEach(info ->
        lines.add("| [`" + info.id() + "`](rules/src/main/resources/rule-docs/" + info.id() + ".md) | "
            + info.severity().label() + " | " + info.summary() + " |"));
    return String.join("\n", lines) + "\n";
  }

  private static String allText(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    return all.toString();
  }

  private static String className(String kebab) {
    StringBuilder name = new StringBuilder();
    for (String part : kebab.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.append("Rule").toString();
  }
}
