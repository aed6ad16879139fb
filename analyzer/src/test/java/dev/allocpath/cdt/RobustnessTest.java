package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input becomes notifications, never exceptions; the rest of the unit is still extracted. */
class RobustnessTest {
  @TempDir Path dir;

  private static List<String> kinds(UnitFacts facts) {
    return facts.problems().stream().map(Notification::kind).collect(Collectors.toList());
  }

  private static List<String> functionNames(UnitFacts facts) {
    return facts.functions().stream().map(FunctionFact::qualifiedName).collect(Collectors.toList());
  }

  @Test
  void binaryFileIsSkippedWithANotification() {
    byte[] content = "int x;\0\1\2 garbage".getBytes(StandardCharsets.ISO_8859_1);
    UnitFacts facts = new TestProject(dir).bytes("blob.c", content).parse("blob.c");
    assertEquals(List.of("binary-file"), kinds(facts));
    assertEquals(SourceLocation.ofFile("blob.c"), facts.problems().get(0).location());
    assertTrue(facts.variables().isEmpty());
  }

  @Test
  void missingSourceIsReportedAsUnreadable() {
    UnitFacts facts = new TestProject(dir).parse("nowhere.c");
    assertEquals(List.of("unreadable-file"), kinds(facts));
  }

  @Test
  void latin1BomAndCrlfAreRead() {
    byte[] latin1 = "/* Caf\u00e9 */\nstruct Latin { int \u00e9t\u00e9_free; int ok; };\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    TestProject project = new TestProject(dir)
        .bytes("latin.c", latin1)
        .file("bom.c", "\uFEFFstruct Bom { int first; };\n")
        .file("crlf.c", "// header\r\n\r\nstruct Crlf {\r\n  int later;\r\n};\r\n");
    UnitFacts latin = project.parse("latin.c");
    assertEquals(List.of("Latin"), latin.classes().stream().map(ClassFact::name).collect(Collectors.toList()));
    assertEquals(2, latin.lineCount());

    ClassFact bom = project.parse("bom.c").classes().get(0);
    assertEquals(new SourceLocation("bom.c", 1, 8, 1, 11), bom.location(), "the BOM is not a column");

    UnitFacts crlf = project.parse("crlf.c");
    assertEquals(5, crlf.lineCount());
    assertEquals(new SourceLocation("crlf.c", 4, 7, 4, 12), crlf.classes().get(0).members().get(0).location());
  }

  @Test
  void columnsCountUtf16Units() {
    UnitFacts facts = new TestProject(dir)
        .file("wide.cpp", "const char *s = \"\uD83D\uDE00\"; int after;\n")
        .parse("wide.cpp");
    SourceLocation after = facts.variables().stream().filter(v -> v.name().equals("after"))
        .findFirst().orElseThrow().location();
    // The emoji is two UTF-16 units, so the text before "after" is 26 units long (25 code points).
    assertEquals(new SourceLocation("wide.cpp", 1, 27, 1, 32), after);
  }

  @Test
  void unbalancedBracesReportAProblemAndTheRestIsExtracted() {
    UnitFacts facts = new TestProject(dir).file("broken.c", """
        int good_before(void) { return 1; }
        struct Fine { int a; };
        int broken(void) { if (1) { return 2; }
        int after(void) { return 3; }
        """).parse("broken.c");
    assertTrue(kinds(facts).contains("parse-error"), () -> "problems: " + facts.problems());
    assertTrue(functionNames(facts).contains("good_before"), () -> "functions: " + functionNames(facts));
    assertEquals(List.of("Fine"), facts.classes().stream().map(ClassFact::name).collect(Collectors.toList()));
  }

  @Test
  void problemsAreCappedPerFile() {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      source.append("int f").append(i).append("(void) { return ) ; }\n");
    }
    UnitFacts facts = new TestProject(dir).file("many.c", source.toString()).parse("many.c");
    List<String> messages = facts.problems().stream().map(Notification::message).collect(Collectors.toList());
    assertEquals(FactSink.PROBLEMS_PER_FILE + 1, messages.size(), () -> "problems: " + messages);
    assertEquals("and 5 more parse problems in this file", messages.get(messages.size() - 1));
    assertEquals(List.of(1, 2, 3, 4), facts.problems().stream().map(n -> n.location().line()).collect(Collectors.toList()));
  }

  @Test
  void poundErrorIsReported() {
    UnitFacts facts = new TestProject(dir).file("err.c", "#ifndef CONFIGURED\n#error \"Platform not recognized\"\n#endif\nint x;\n").parse("err.c");
    assertEquals(1, facts.problems().size());
    Notification error = facts.problems().get(0);
    assertEquals("parse-error", error.kind());
    assertTrue(error.message().contains("Platform not recognized"), error.message());
    assertEquals(2, error.location().line());
  }

  @Test
  void generatedFilesAreServedFromMemory() {
    TestProject project = new TestProject(dir)
        .virtualFile("build/config.h", "#define CONFIGURED 1\nstruct Generated { int g; };\n")
        .file("main.c", "#include \"config.h\"\n#ifndef CONFIGURED\n#error \"Platform not recognized\"\n#endif\n")
        .includeDir("build");
    UnitFacts facts = project.parse("main.c");
    assertEquals(List.of(), facts.problems());
    assertEquals(List.of("build/config.h"), facts.includedFiles());
    assertEquals("build/config.h", facts.classes().get(0).location().path());
  }

  @Test
  void missingIncludesAreReportedOnlyForProjectHeaders() {
    TestProject project = new TestProject(dir)
        .file("other/lib/helper.h", "int helper(void);\n")
        .file("src/main.c", """
            #include <stdio.h>
            #include "esp_log.h"
            #include "lib/helper.h"
            int main(void) { return 0; }
            """);
    UnitFacts facts = project.parse("src/main.c");
    assertEquals(1, facts.problems().size(), () -> "problems: " + facts.problems());
    Notification missing = facts.problems().get(0);
    assertEquals("parse-error", missing.kind());
    assertEquals(3, missing.location().line());
    assertTrue(missing.message().contains("\"lib/helper.h\""), missing.message());
    assertEquals(List.of("main"), functionNames(facts));
  }

  @Test
  void includeCycleEndsAndIsReported() {
    TestProject project = new TestProject(dir)
        .file("a.h", "#include \"b.h\"\nstruct A { int a; };\n")
        .file("b.h", "#include \"a.h\"\nstruct B { int b; };\n")
        .file("main.c", "#include \"a.h\"\nint main(void) { return 0; }\n");
    UnitFacts facts = project.parse("main.c");
    assertEquals(List.of("main"), functionNames(facts));
    assertEquals(List.of("a.h", "b.h"), facts.includedFiles());
    assertTrue(kinds(facts).contains("parse-error"), () -> "problems: " + facts.problems());
  }

  @Test
  void filesOutsideTheRootAreNeverRead() throws Exception {
    Path outside = dir.resolve("outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("secret.h"), "struct Secret { int s; };\n");
    Path root = dir.resolve("project");
    TestProject project = new TestProject(root)
        .file("main.c", "#include \"../outside/secret.h\"\n#include \"link/secret.h\"\nint main(void) { return 0; }\n");
    Files.createSymbolicLink(root.resolve("link"), outside);
    project.includeDir("include");
    UnitFacts facts = project.parse("main.c");
    assertEquals(List.of(), facts.classes(), "neither a ../ path nor a symlink leads out of the root");
    assertEquals(List.of(), facts.includedFiles());
  }

  @Test
  void tenThousandNestedParenthesesParseOrFailCleanly() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    UnitFacts facts = new TestProject(dir)
        .file("deep.c", "int f(void) { return " + deep + "; }\nint g(void) { return 2; }\n")
        .parse("deep.c");
    assertEquals(2, facts.lineCount());
    assertEquals(List.of("f", "g"), functionNames(facts));
  }

  @Test
  void stackOverflowBecomesANotification() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    TestProject project = new TestProject(dir)
        .file("deep.c", "int f(void) { return " + deep + "; }\n")
        .file("fine.c", "int fine(void) { return 1; }\n");
    CdtParser smallStack = new CdtParser(Duration.ofSeconds(30), 256 * 1024);
    UnitFacts facts = project.parse(smallStack, "deep.c");
    assertEquals(List.of("parse-error"), kinds(facts));
    assertEquals("skipped: nested too deeply for the parser", facts.problems().get(0).message());
    assertEquals(1, facts.lineCount());
    assertEquals(List.of("fine"), functionNames(project.parse(smallStack, "fine.c")));
  }

  @Test
  void timeLimitSkipsTheFile() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      big.append("int f").append(i).append("(int a) { return g(a, a + 1) * h(a); }\n");
    }
    TestProject project = new TestProject(dir).file("big.c", big.toString()).file("small.c", "int s(void) { return 0; }\n");
    CdtParser parser = new CdtParser(Duration.ofMillis(50));
    UnitFacts facts = project.parse(parser, "big.c");
    assertEquals(List.of("parse-timeout"), kinds(facts));
    assertTrue(facts.functions().isEmpty());
    assertEquals(60_000, facts.lineCount());
    // The parser is still usable afterwards.
    assertEquals(List.of("s"), functionNames(project.parse(new CdtParser(Duration.ofSeconds(30)), "small.c")));
  }

  @Test
  void parsesAreDeterministicAndThreadSafe() throws Exception {
    TestProject project = new TestProject(dir).file("common.hpp", """
        #pragma once
        namespace app { struct Shared { std::mutex m; std::thread t; }; }
        """);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "u" + i + ".cpp";
      project.file(name, "#include \"common.hpp\"\nvoid f" + i + "(app::Shared &s) { s.t.join(); }\n");
      names.add(name);
    }
    CdtParser parser = new CdtParser();
    List<UnitFacts> sequential = new ArrayList<>();
    for (String name : names) {
      sequential.add(project.parse(parser, name));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<UnitFacts>> parallel = new ArrayList<>();
      CdtParser shared = new CdtParser();
      for (String name : names) {
        parallel.add(pool.submit(() -> project.parse(shared, name)));
      }
      for (int i = 0; i < names.size(); i++) {
        assertEquals(sequential.get(i), parallel.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("field:app::Shared:t", sequential.get(3).calls().get(0).receiver());
  }
}
