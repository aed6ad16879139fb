package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never a silent empty scan: nothing to analyse is exit 2 with what was found instead; every report
 * says what it covered; main/ comes in on request; a --files list must name something analysable.
 */
class CoverageAndEmptyScanTest {
  @TempDir Path root;

  private static final String TOP = """
      cmake_minimum_required(VERSION 3.16)
      include($ENV{IDF_PATH}/tools/cmake/project.cmake)
      project(demo)
      """;

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  private static void assertOneLineExit2(CliRun run, String expected) {
    assertEquals(2, run.exit(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anEmptyDirectoryIsExit2AndAFailedSarifRun() throws IOException {
    Path sarif = root.resolve("out.sarif");
    Path empty = Files.createDirectories(root.resolve("empty"));
    CliRun run = CliRun.of("scan", empty.toString(), "--format", "sarif", "--output", sarif.toString());
    assertOneLineExit2(run, "no components found in " + empty + ": no components/ here");
    JsonNode invocation = json(sarif).at("/runs/0/invocations/0");
    assertFalse(invocation.at("/executionSuccessful").asBoolean(true));
    assertTrue(invocation.at("/toolExecutionNotifications/0/message/text").asText().contains("no components found"));
  }

  @Test
  void aWrongDirectoryPointsAtTheProjectOneLevelDown() {
    SmallProject.file(root, "firmware/CMakeLists.txt", TOP);
    SmallProject.write(root.resolve("firmware"));
    SmallProject.file(root, "README.md", "# repo\n");
    CliRun run = CliRun.of("scan", root.toString());
    assertOneLineExit2(run, "no components/ here; did you mean firmware/?");
  }

  @Test
  void componentsThatCompileNothingAreExit2WithTheReasons() {
    SmallProject.file(root, "CMakeLists.txt", TOP);
    SmallProject.file(root, "components/board/CMakeLists.txt", "if(CONFIG_BOARD_X)\n  idf_component_register(SRCS b.c)\nendif()\n");
    SmallProject.file(root, "components/board/b.c", "int b;\n");
    SmallProject.file(root, "components/old/CMakeLists.txt", "#idf_component_register(SRCS o.c)\n");
    CliRun run = CliRun.of("scan", root.toString());
    assertOneLineExit2(run, "nothing to analyse in " + root
        + ": 2 components found, none compiles a C/C++ source (board: condition false, old: commented out)");
  }

  /** Header-only firmware in main/: skipped by default (exit 2 says how to bring it in), found with either option. */
  @Test
  void headerOnlyFirmwareInMainIsFoundWithWithMainAndWithComponentRootMain() throws IOException {
    SmallProject.file(root, "CMakeLists.txt", TOP);
    SmallProject.file(root, "main/CMakeLists.txt", "idf_component_register(SRCS app_main.cpp INCLUDE_DIRS include)\n");
    SmallProject.file(root, "main/include/app/node.hpp", """
        #pragma once
        #include <mutex>
        template <typename T> struct Node {
          std::mutex lock;
          T value;
        };
        """);
    SmallProject.file(root, "main/app_main.cpp", """
        #include "app/node.hpp"
        static Node<int> node;
        extern "C" void app_main(void) { node.value = 1; }
        """);
    assertOneLineExit2(CliRun.of("scan", root.toString()),
        "no components found in " + root + ": no components/ here; main/ (1 source) is skipped by default: --with-main analyses it");

    for (String[] option : new String[][] {{"--with-main"}, {"--component-root", "main"}}) {
      String[] args = new String[3 + option.length];
      args[0] = "scan";
      args[1] = root.toString();
      args[2] = "--color=never";
      System.arraycopy(option, 0, args, 3, option.length);
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exit(), run.err());
      assertTrue(run.out().contains("main/include/app/node.hpp:4:14: warning: Member 'Node::lock'"), run.out());
      assertTrue(run.out().contains("Coverage: 1 component, 1 compiling sources; 1 unit analysed, 0 with parse errors."),
          run.out());
    }

    Files.writeString(root.resolve(".allocpath.yml"), "components:\n  main: true\n");
    assertEquals(1, CliRun.of("scan", root.toString()).exit(), "components.main: true in the config");
    Files.writeString(root.resolve(".allocpath.yml"), "components:\n  main: sometimes\n");
    assertOneLineExit2(CliRun.of("scan", root.toString()), ".allocpath.yml:2: components.main: 'sometimes' is not a yes/no value");
  }

  @Test
  void theCoverageLineIsInTheTextReportAndInSarif() throws IOException {
    SmallProject.write(root);
    SmallProject.file(root, "CMakeLists.txt", TOP);
    SmallProject.file(root, "components/util/test/test_util.cpp", "int t;\n");
    SmallProject.file(root, "components/old/CMakeLists.txt", "# idf_component_register(SRCS o.c)\n");
    SmallProject.file(root, "main/CMakeLists.txt", "idf_component_register(SRCS app.c)\n");
    SmallProject.file(root, "main/app.c", "int app;\n");
    CliRun text = CliRun.of("scan", root.toString(), "--color", "never");
    assertTrue(text.out().contains("Coverage: 3 components, 2 compiling sources, 1 compiling nothing (old: commented out);"
        + " 3 units analysed, 0 with parse errors.\nNot analysed: 1 source under the component directories compiled by"
        + " no component; main/ skipped (1 source; --with-main analyses it).\n"), text.out());
    assertFalse(text.out().contains("not compiled: "), "details only with --summary");
    CliRun details = CliRun.of("scan", root.toString(), "--color", "never", "--summary");
    assertTrue(details.out().contains("  not compiled: components/util/test/test_util.cpp"), details.out());
    assertTrue(details.out().contains("  component old (components/old): compiles nothing, commented out"), details.out());

    Path sarif = root.resolve("out.sarif");
    CliRun run = CliRun.of("scan", root.toString(), "--format", "sarif", "--output", sarif.toString());
    assertEquals(1, run.exit(), run.err());
    JsonNode coverage = json(sarif).at("/runs/0/properties/coverage");
    assertEquals(3, coverage.at("/components/found").asInt());
    assertEquals(2, coverage.at("/components/compiling").asInt());
    assertEquals("commented out", coverage.at("/components/compilingNothing/0/reason").asText());
    assertEquals(3, coverage.at("/units/analysed").asInt());
    assertEquals("components/util/test/test_util.cpp", coverage.at("/uncompiledSources/files/0").asText());
    assertEquals("--with-main", coverage.at("/skipped/0/option").asText());
  }

  @Test
  void theTextReportShowsNotificationsAndSaysWhereTheyWent() {
    SmallProject.write(root);
    SmallProject.file(root, "components/util/CMakeLists.txt",
        "idf_component_register(SRCS util.cpp gone.cpp)\nadd_prebuilt_library(vendor vendor/libv.a)\n");
    CliRun run = CliRun.of("scan", root.toString(), "--color", "never");
    // The text report names files relative to the working directory, as compilers do.
    String fromHere = java.nio.file.Path.of("").toAbsolutePath().relativize(root.toAbsolutePath()) + "/";
    assertTrue(run.out().replace(fromHere, "").contains("2 notifications (1 warning, 1 note):\n"
        + "  components/util/CMakeLists.txt:1: warning: source file 'components/util/gone.cpp' of component 'util' does not exist [missing-source]\n"
        + "  components/util/CMakeLists.txt:2: note: prebuilt library 'vendor' (components/util/vendor/libv.a) has no sources to analyse [not-analysed]\n"
        + "Warnings and errors among them are also printed on stderr; all are in the SARIF output (--format sarif).\n"),
        run.out());
    assertTrue(run.err().contains("gone.cpp"), "the warning is on stderr too: " + run.err());
    assertFalse(run.err().contains("vendor"), "notes are not: " + run.err());
  }

  @Test
  void filesOutsideEveryComponentAreNotesUnlessNoNamedFileIsUsable() {
    SmallProject.write(root);
    SmallProject.file(root, "tools/host.cpp", "#include <mutex>\nstruct Host { std::mutex m; };\n");
    String util = root.resolve("components/util/util.cpp").toString();
    String host = root.resolve("tools/host.cpp").toString();
    String deleted = root.resolve("components/util/deleted.cpp").toString();

    CliRun mixed = CliRun.of("scan", root.toString(), "--color", "never", "--files", util, host, deleted);
    assertEquals(1, mixed.exit(), mixed.err());
    assertTrue(mixed.out().contains("Registry::guard"), mixed.out());
    assertTrue(mixed.out().contains("note: 'tools/host.cpp' lies outside every component; nothing is reported for it"),
        mixed.out());
    assertTrue(mixed.out().contains("'components/util/deleted.cpp' does not exist"), mixed.out());

    assertOneLineExit2(CliRun.of("scan", root.toString(), "--files", host, deleted),
        "none of the files given can have findings: tools/host.cpp lies outside every component;"
            + " components/util/deleted.cpp does not exist");
  }
}
