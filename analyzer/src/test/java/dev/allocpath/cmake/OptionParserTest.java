package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionParserTest {
  private static final Path BASE = Path.of("/project/components/c");
  private final List<String> unsupported = new ArrayList<>();

  private List<Flag> compile(String... items) {
    return CompileOptionParser.parseOptions(List.of(items), BASE, unsupported::add).stream()
        .map(CompileOptionParser.Parsed::flag).toList();
  }

  @Test
  void definesUndefinesAndIncludeDirectories() {
    assertEquals(
        List.of(new Flag.Define("A", "1"), new Flag.Define("B", "two"), new Flag.Define("C", ""),
            new Flag.Define("D", "1"), new Flag.Undefine("E"), new Flag.Undefine("F"),
            new Flag.IncludeDir(Path.of("/project/components/c/inc"), false),
            new Flag.IncludeDir(Path.of("/abs/dir"), false),
            new Flag.IncludeDir(Path.of("/project/components/q"), true),
            new Flag.Other("-isystem /sys"), new Flag.Other("-O2")),
        compile("-DA", "-DB=two", "-DC=", "-D", "D", "-UE", "-U", "F", "-Iinc", "-I", "/abs/dir", "-iquote",
            "../q", "-isystem", "/sys", "-O2"));
  }

  @Test
  void quotedDefineValueKeepsItsQuotes() {
    assertEquals(List.of(new Flag.Define("X", "\"a b\"")), compile("-DX=\"a b\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-include|redirect.h", "-includeredirect.h", "--include|redirect.h",
      "--include=redirect.h", "SHELL:-include redirect.h", "SHELL:-include \"redirect.h\"", "-include redirect.h"})
  void everyForceIncludeSpelling(String spelling) {
    List<Flag> flags = compile(spelling.split("\\|"));
    assertEquals(List.of(new Flag.ForcedInclude("redirect.h")), flags, spelling);
  }

  @Test
  void forceIncludeFollowedByOtherOptions() {
    assertEquals(List.of(new Flag.ForcedInclude("a.h"), new Flag.Define("X", "1"), new Flag.ForcedInclude("b.h")),
        compile("-include", "a.h", "-DX", "SHELL:-include b.h"));
  }

  @Test
  void optionWithoutItsArgumentIsReported() {
    assertEquals(List.of(), compile("-include"));
    assertEquals(1, unsupported.size());
  }

  @Test
  void compileLanguageGeneratorExpressionsRestrictTheLanguage() {
    List<CompileOptionParser.Parsed> parsed = CompileOptionParser.parseOptions(
        List.of("$<$<COMPILE_LANGUAGE:CXX>:-include>", "$<$<COMPILE_LANGUAGE:CXX>:new.h>",
            "$<$<COMPILE_LANGUAGE:C>:-DONLY_C>", "$<$<COMPILE_LANGUAGE:C,CXX>:-DBOTH>",
            "$<$<COMPILE_LANGUAGE:ASM>:-DASM>", "$<BUILD_INTERFACE:-DBUILD>", "$<INSTALL_INTERFACE:-DINSTALL>"),
        BASE, unsupported::add);
    assertEquals(List.of(
        new CompileOptionParser.Parsed(new Flag.ForcedInclude("new.h"), Language.CXX),
        new CompileOptionParser.Parsed(new Flag.Define("ONLY_C", "1"), Language.C),
        new CompileOptionParser.Parsed(new Flag.Define("BOTH", "1"), null),
        new CompileOptionParser.Parsed(new Flag.Define("BUILD", "1"), null)), parsed);
    assertTrue(unsupported.isEmpty(), unsupported.toString());
  }

  @Test
  void otherGeneratorExpressionsAreReportedAndDropped() {
    assertEquals(List.of(new Flag.Other("-Wall")), compile("$<$<CONFIG:Debug>:-O0>", "-Wall"));
    assertEquals(1, unsupported.size());
    assertTrue(unsupported.get(0).contains("$<$<CONFIG:Debug>:-O0>"));
  }

  @Test
  void definitionsStripALeadingD() {
    List<Flag> flags = CompileOptionParser.parseDefinitions(List.of("-DA=1", "B", "C=x y"), unsupported::add)
        .stream().map(CompileOptionParser.Parsed::flag).toList();
    assertEquals(List.of(new Flag.Define("A", "1"), new Flag.Define("B", "1"), new Flag.Define("C", "x y")), flags);
  }

  private List<Flag> link(String... items) {
    return LinkOptionParser.parse(List.of(items), unsupported::add);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-Wl,--wrap=malloc", "-Wl,--wrap,malloc", "-Wl,--wrap|-Wl,malloc", "LINKER:--wrap=malloc",
      "LINKER:--wrap,malloc", "-Xlinker|--wrap=malloc", "--wrap|malloc", "--wrap=malloc", "-Wl,-wrap,malloc",
      "SHELL:-Wl,--wrap=malloc", "LINKER:SHELL:--wrap malloc"})
  void everyWrapSpelling(String spelling) {
    assertEquals(List.of(new Flag.Wrap("malloc")), link(spelling.split("\\|")), spelling);
  }

  @Test
  void severalWrapsInOneItemAndUnrelatedLinkOptionsKept() {
    assertEquals(List.of(new Flag.Wrap("malloc"), new Flag.Wrap("free"), new Flag.Other("-Wl,--gc-sections"),
        new Flag.Other("-lm")), link("-Wl,--wrap=malloc,--wrap=free", "-Wl,--gc-sections", "-lm"));
  }

  @Test
  void shellWordsFollowPosixQuoting() {
    assertEquals(List.of("gcc", "-DA=\"x y\"", "-DB=it's", "a b", "c\\d", "-DE=\\"),
        ShellWords.split("gcc '-DA=\"x y\"' \"-DB=it's\" a\\ b \"c\\d\" -DE=\\\\"));
  }
}
