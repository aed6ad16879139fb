package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cli.ExitCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile build and config files, each generated here, scanned by a separate JVM with a 256 MB
 * heap: each must stop at its documented limit, say which one in one line, cost bounded time,
 * and leave the rest of the project analysed.
 */
class HostileLimitsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path temp;

  @Test
  void hostileCMakeFilesStopAtTheirLimitsUnderASmallHeap() throws Exception {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    // component name -> CMake text before idf_component_register(); expected stderr part
    Map<String, String> expected = new TreeMap<>();
    component(p, "parens_deep", "if(" + "(".repeat(50_000) + "A" + ")".repeat(50_000) + ")\nendif()\n");
    // The reader's stack or the argument limit stops it first, depending on the thread's stack.
    expected.put("parens_deep", "(parentheses nested too deeply|more than 100000 arguments after expansion)");
    component(p, "parens_condition", "if(" + "(".repeat(500) + "A" + ")".repeat(500) + ")\nendif()\n");
    expected.put("parens_condition", "condition nests parentheses deeper than the limit of 100");
    component(p, "wide_condition", "if(" + "A OR ".repeat(20_000) + "A)\nendif()\n");
    expected.put("wide_condition", "more than the limit of 10000");
    component(p, "doubled_copies", "set(A x)\nforeach(i RANGE 21)\n  set(A \"${A}${A}\")\nendforeach()\n"
        + "foreach(i RANGE 1000)\n  set(B${i} \"${A}\")\nendforeach()\n");
    expected.put("doubled_copies", "the CMake model's memory budget\\)");
    component(p, "many_arguments", "set(A x)\nforeach(i RANGE 20)\n  set(A \"${A};${A}\")\nendforeach()\nmessage(${A})\n");
    expected.put("many_arguments", "more than 100000 arguments after expansion");
    component(p, "long_arguments", "set(A x)\nforeach(i RANGE 21)\n  set(A \"${A}${A}\")\nendforeach()\nmessage("
        + "\"${A}\" ".repeat(200) + ")\n");
    expected.put("long_arguments", "characters in total after expansion");
    component(p, "nested_references", "set(X " + "${".repeat(5_000) + "A" + "}".repeat(5_000) + ")\n");
    expected.put("nested_references", "variable references nested deeper than 100");
    Path huge = p.path("components/huge_file/CMakeLists.txt");
    Files.createDirectories(huge.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1_000_000; i++) {
        w.write("set(VAR_" + i + " \"value number " + i + " with some text to make it longer\")\n");
      }
      w.write("idf_component_register(SRCS huge.c)\n");
    }
    assertTrue(Files.size(huge) > 50_000_000, "a 50 MB CMakeLists.txt: " + Files.size(huge));
    expected.put("huge_file", "larger than the limit of 2097152 bytes");
    // Just under the per-file limit: read and evaluated, within the heap.
    StringBuilder sets = new StringBuilder();
    for (int i = 0; sets.length() < 1_900_000; i++) {
      sets.append("set(VAR_").append(i).append(" \"value number ").append(i).append(" with some text\")\n");
    }
    component(p, "large_but_allowed", sets.toString());

    SmallHeapRun run = SmallHeapRun.run(temp, LIMIT, "scan", p.root().toString(), "--threads", "1");
    assertEquals(ExitCode.FINDINGS, run.exit(), "the good file's finding; stderr:\n" + run.err());
    assertTrue(run.took().compareTo(LIMIT) < 0, "took " + run.took().toSeconds() + " s");
    assertTrue(run.out().contains(BadInputProject.GOOD_FILE + ":" + BadInputProject.GOOD_LINE), run.out());
    assertFalse(run.err().contains("OutOfMemory") || run.err().contains("internal error"), run.err());
    for (var e : expected.entrySet()) {
      // Paths are printed relative to the run's working directory, the project's parent here.
      String file = temp.relativize(p.root()) + "/components/" + e.getKey() + "/CMakeLists.txt:";
      java.util.regex.Pattern limit = java.util.regex.Pattern.compile(e.getValue());
      assertTrue(run.err().lines().anyMatch(l -> l.startsWith(file) && limit.matcher(l).find()),
          e.getKey() + ": no line naming its limit '" + e.getValue() + "':\n" + run.err());
    }
    assertFalse(run.err().contains("components/large_but_allowed/"), run.err());
  }

  @Test
  void aHugeOneLineYamlConfigIsRefusedBeforeParsing() throws Exception {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    try (BufferedWriter w = Files.newBufferedWriter(p.path(".allocpath.yml"), StandardCharsets.UTF_8)) {
      w.write("rules: {");
      String chunk = "a".repeat(1 << 16);
      for (int i = 0; i < 20_000_000 / chunk.length(); i++) {
        w.write(chunk);
      }
      w.write(": off}\n");
    }
    SmallHeapRun run = SmallHeapRun.run(temp, LIMIT, "scan", p.root().toString());
    assertEquals(ExitCode.USAGE, run.exit(), run.err());
    assertTrue(run.took().toSeconds() < 30, "took " + run.took().toSeconds() + " s");
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("allocpath: .allocpath.yml: ")
        && run.err().contains("larger than the configuration limit of 1048576 bytes"), run.err());
  }

  @Test
  void deeplyNestedOrAliasedYamlIsOneLineExitCode2() throws Exception {
    BadInputProject p = new BadInputProject(temp.resolve("project"));
    p.write(".allocpath.yml", "rules: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    SmallHeapRun nested = SmallHeapRun.run(temp, LIMIT, "scan", p.root().toString());
    assertEquals(ExitCode.USAGE, nested.exit(), nested.err());
    assertEquals(1, nested.err().lines().count(), nested.err());
    assertTrue(nested.err().startsWith("allocpath: .allocpath.yml"), nested.err());

    // Aliases under known keys, so that the schema check does not reject the file first.
    p.write(".allocpath.yml", "allocators: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "thread-creators: &b [" + "*a, ".repeat(9) + "*a]\n"
        + "thread-joiners: [" + "*b, ".repeat(9) + "*b]\n");
    SmallHeapRun aliases = SmallHeapRun.run(temp, LIMIT, "scan", p.root().toString());
    assertEquals(ExitCode.USAGE, aliases.exit(), aliases.err());
    assertEquals(1, aliases.err().lines().count(), aliases.err());
    assertTrue(aliases.err().startsWith("allocpath: .allocpath.yml:2: YAML aliases (*a) are not supported"), aliases.err());
    assertTrue(aliases.took().toSeconds() < 30, "took " + aliases.took().toSeconds() + " s");
  }

  private static void component(BadInputProject p, String name, String cmake) {
    p.write("components/" + name + "/CMakeLists.txt", cmake + "idf_component_register(SRCS " + name + ".c)\n");
    p.write("components/" + name + "/" + name + ".c", "int " + name + ";\n");
  }
}
