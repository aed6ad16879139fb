package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Component;
import dev.allocpath.model.Define;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.IncludeDir;
import dev.allocpath.model.Language;
import dev.allocpath.model.LinkWrap;
import dev.allocpath.model.Origin;
import dev.allocpath.model.ProjectModel;
import dev.allocpath.model.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectModelBuilderTest {
  @TempDir Path dir;

  private ProjectTree tree() {
    return new ProjectTree(dir);
  }

  private static ProjectModel build(ProjectTree tree) {
    return ProjectModelBuilder.build(tree.root, ModelOptions.defaults());
  }

  private static CompileUnit unit(ProjectModel model, String relative) {
    return model.units().stream().filter(u -> model.relative(u.source()).equals(relative)).findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + relative + " in " + model.units().stream()
            .map(u -> model.relative(u.source())).toList()));
  }

  private static Component component(ProjectModel model, String name) {
    return model.component(name).orElseThrow(() -> new AssertionError("no component " + name));
  }

  private static List<String> relativeDirs(ProjectModel model, CompileUnit unit) {
    return unit.includeDirs().stream().map(model::relative).toList();
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void registersSourcesIncludeDirsAndRequirements() {
    ProjectTree t = tree();
    t.file("components/net/CMakeLists.txt", """
        idf_component_register(SRCS "src/b.cpp" src/a.c include/net.h
                               INCLUDE_DIRS include
                               PRIV_INCLUDE_DIRS src
                               REQUIRES freertos
                               PRIV_REQUIRES esp_timer)
        """);
    t.touch("components/net/src/a.c");
    t.touch("components/net/src/b.cpp");
    t.touch("components/net/include/net.h");
    ProjectModel model = build(t);

    Component net = component(model, "net");
    assertEquals(new Origin("components/net/CMakeLists.txt", 1), net.registration());
    assertEquals(List.of("components/net/src/a.c", "components/net/src/b.cpp"),
        net.sources().stream().map(s -> model.relative(s.file())).toList());
    assertEquals(List.of(new IncludeDir(t.path("components/net/include"), Scope.PUBLIC, net.registration()),
        new IncludeDir(t.path("components/net/src"), Scope.PRIVATE, net.registration())), net.includeDirs());
    assertEquals(List.of("freertos"), net.requires());
    assertEquals(List.of("esp_timer"), net.privateRequires());
    assertFalse(net.headerOnly());

    assertEquals(2, model.units().size(), "the header listed in SRCS is not a translation unit");
    CompileUnit a = unit(model, "components/net/src/a.c");
    assertEquals(Language.C, a.language());
    assertEquals("net", a.component());
    assertEquals(List.of("components/net/include", "components/net/src"), relativeDirs(model, a));
    assertEquals(Language.CXX, unit(model, "components/net/src/b.cpp").language());
    assertEquals(ProjectModelBuilder.CMAKE_SOURCE, model.buildSource());
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void srcDirsAreSortedAndExcludeSrcsApplies() {
    ProjectTree t = tree();
    t.file("components/lib/CMakeLists.txt", """
        idf_component_register(SRC_DIRS src . EXCLUDE_SRCS src/skip.c INCLUDE_DIRS .)
        """);
    for (String f : List.of("src/z.c", "src/a.cpp", "src/skip.c", "src/m.cc", "src/start.S", "src/h.h", "top.c")) {
      t.touch("components/lib/" + f);
    }
    ProjectModel model = build(t);
    assertEquals(List.of("components/lib/src/a.cpp", "components/lib/src/z.c", "components/lib/top.c"),
        model.units().stream().map(u -> model.relative(u.source())).toList(),
        "SRC_DIRS takes *.c and *.cpp (assembly is not C/C++; ESP-IDF does not take *.cc)");
  }

  @Test
  void srcsWinOverSrcDirs() {
    ProjectTree t = tree();
    t.file("components/lib/CMakeLists.txt", "idf_component_register(SRCS a.c SRC_DIRS src)\n");
    t.touch("components/lib/a.c");
    t.touch("components/lib/src/b.c");
    ProjectModel model = build(t);
    assertEquals(List.of("components/lib/a.c"), model.units().stream().map(u -> model.relative(u.source())).toList());
    assertEquals(List.of("components/lib/CMakeLists.txt:1: note: SRCS and SRC_DIRS are both given; ESP-IDF ignores SRC_DIRS [cmake-component]"),
        lines(model));
  }

  @Test
  void sourcesMayLiveOutsideTheComponentDirectory() {
    ProjectTree t = tree();
    t.touch("components/libdatachannel/deps/libsrtp/srtp/srtp.c");
    t.touch("components/libdatachannel/deps/libsrtp/crypto/cipher.c");
    t.file("components/libsrtp/CMakeLists.txt", """
        set(SRTP ${CMAKE_CURRENT_SOURCE_DIR}/../libdatachannel/deps/libsrtp)
        file(GLOB CRYPTO ${SRTP}/crypto/*.c)
        idf_component_register(SRCS ${SRTP}/srtp/srtp.c ${CRYPTO})
        """);
    t.file("components/libdatachannel/CMakeLists.txt", "idf_component_register()\n");
    ProjectModel model = build(t);
    assertEquals("libsrtp", unit(model, "components/libdatachannel/deps/libsrtp/srtp/srtp.c").component());
    assertEquals("libsrtp", unit(model, "components/libdatachannel/deps/libsrtp/crypto/cipher.c").component());
    assertEquals(2, model.units().size());
  }

  @Test
  void missingSourceIsReportedWithItsOriginAndGetsNoUnit() {
    ProjectTree t = tree();
    t.file("components/lib/CMakeLists.txt", """
        idf_component_register(
            SRCS present.c
                 gone.c)
        """);
    t.touch("components/lib/present.c");
    ProjectModel model = build(t);
    assertEquals(1, model.units().size());
    assertEquals(List.of("components/lib/CMakeLists.txt:1: warning: source file 'components/lib/gone.c' of component 'lib' does not exist [missing-source]"),
        lines(model));
  }

  @Test
  void commentedOutLinesHaveNoEffect() {
    ProjectTree t = tree();
    t.file("components/lib/CMakeLists.txt", """
        idf_component_register(SRCS a.c # b.c
        #   c.c
        #[[ d.c ]] INCLUDE_DIRS .)
        # target_compile_options(${COMPONENT_LIB} PRIVATE -include missing.h)
        #[[
        target_compile_definitions(${COMPONENT_LIB} PRIVATE HIDDEN=1)
        ]]
        """);
    t.touch("components/lib/a.c");
    ProjectModel model = build(t);
    CompileUnit a = unit(model, "components/lib/a.c");
    assertEquals(1, model.units().size());
    assertTrue(a.forcedIncludes().isEmpty());
    assertFalse(a.defines().containsKey("HIDDEN"));
    assertEquals(List.of("components/lib"), relativeDirs(model, a));
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void headerOnlyComponentPassesItsIncludeDirsToDependents() {
    ProjectTree t = tree();
    t.file("components/plog/CMakeLists.txt", """
        idf_component_register(INCLUDE_DIRS include PRIV_INCLUDE_DIRS private)
        target_compile_definitions(${COMPONENT_LIB} INTERFACE PLOG_OMIT_LOG_DEFINES)
        """);
    t.dir("components/plog/include");
    t.dir("components/plog/private");
    t.file("components/app/CMakeLists.txt", "idf_component_register(SRCS app.cpp REQUIRES plog)\n");
    t.touch("components/app/app.cpp");
    ProjectModel model = build(t);
    Component plog = component(model, "plog");
    assertTrue(plog.headerOnly());
    assertEquals(List.of(new IncludeDir(t.path("components/plog/include"), Scope.INTERFACE, plog.registration())),
        plog.includeDirs(), "an INTERFACE library has no private include directories");
    CompileUnit app = unit(model, "components/app/app.cpp");
    assertEquals(List.of("components/plog/include"), relativeDirs(model, app));
    assertEquals("1", app.defines().get("PLOG_OMIT_LOG_DEFINES"));
  }

  @Test
  void scopesPropagateOverPublicRequirementChainsButPrivateRequirementsStop() {
    ProjectTree t = tree();
    // app -REQUIRES-> mid -REQUIRES-> base ; mid -PRIV_REQUIRES-> hidden ; app -PRIV_REQUIRES-> tool
    for (String name : List.of("app", "mid", "base", "hidden", "tool")) {
      t.touch("components/" + name + "/" + name + ".c");
      t.dir("components/" + name + "/include");
      t.dir("components/" + name + "/priv");
    }
    t.file("components/app/CMakeLists.txt", "idf_component_register(SRCS app.c REQUIRES mid PRIV_REQUIRES tool)\n");
    t.file("components/mid/CMakeLists.txt", """
        idf_component_register(SRCS mid.c INCLUDE_DIRS include PRIV_INCLUDE_DIRS priv REQUIRES base PRIV_REQUIRES hidden)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE MID_PRIVATE PUBLIC MID_PUBLIC INTERFACE MID_INTERFACE)
        """);
    t.file("components/base/CMakeLists.txt", """
        idf_component_register(SRCS base.c INCLUDE_DIRS include)
        target_compile_definitions(${COMPONENT_LIB} PUBLIC BASE_PUBLIC)
        target_compile_options(${COMPONENT_LIB} INTERFACE -DBASE_IFACE_OPT)
        """);
    t.file("components/hidden/CMakeLists.txt", """
        idf_component_register(SRCS hidden.c INCLUDE_DIRS include)
        target_compile_definitions(${COMPONENT_LIB} PUBLIC HIDDEN_PUBLIC)
        """);
    t.file("components/tool/CMakeLists.txt", """
        idf_component_register(SRCS tool.c INCLUDE_DIRS include)
        target_compile_definitions(${COMPONENT_LIB} PUBLIC TOOL_PUBLIC)
        """);
    ProjectModel model = build(t);

    CompileUnit mid = unit(model, "components/mid/mid.c");
    assertEquals(List.of("MID_PRIVATE", "MID_PUBLIC", "BASE_PUBLIC", "HIDDEN_PUBLIC", "BASE_IFACE_OPT"),
        List.copyOf(mid.defines().keySet()), "own PRIVATE+PUBLIC, then requirements' PUBLIC+INTERFACE");
    assertEquals(List.of("components/mid/include", "components/mid/priv", "components/base/include",
        "components/hidden/include"), relativeDirs(model, mid));

    CompileUnit app = unit(model, "components/app/app.c");
    assertEquals(List.of("MID_PUBLIC", "MID_INTERFACE", "BASE_PUBLIC", "TOOL_PUBLIC", "BASE_IFACE_OPT"),
        List.copyOf(app.defines().keySet()), "PRIV_REQUIRES of mid (hidden) do not reach app");
    assertEquals(List.of("components/mid/include", "components/base/include", "components/tool/include"),
        relativeDirs(model, app));

    CompileUnit base = unit(model, "components/base/base.c");
    assertEquals(List.of("BASE_PUBLIC"), List.copyOf(base.defines().keySet()), "INTERFACE does not apply to itself");
  }

  @Test
  void requirementCyclesTerminate() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c REQUIRES b)
        target_compile_definitions(${COMPONENT_LIB} PUBLIC FROM_A)
        """);
    t.file("components/b/CMakeLists.txt", """
        idf_component_register(SRCS b.c REQUIRES a)
        target_compile_definitions(${COMPONENT_LIB} PUBLIC FROM_B)
        """);
    t.touch("components/a/a.c");
    t.touch("components/b/b.c");
    ProjectModel model = build(t);
    assertEquals(List.of("FROM_A", "FROM_B"), List.copyOf(unit(model, "components/a/a.c").defines().keySet()));
    assertEquals(List.of("FROM_B", "FROM_A"), List.copyOf(unit(model, "components/b/b.c").defines().keySet()));
  }

  @Test
  void linkingAnotherComponentLibraryIsARequirement() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_link_libraries(${COMPONENT_LIB} PUBLIC idf::b PRIVATE m)
        """);
    t.file("components/b/CMakeLists.txt", """
        idf_component_register(INCLUDE_DIRS .)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(List.of("b"), component(model, "a").requires());
    assertEquals(List.of("components/b"), relativeDirs(model, unit(model, "components/a/a.c")));
  }

  @Test
  void laterDefinesWinAndUndefinesApply() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE LEVEL=1 GONE=1 KEEP)
        target_compile_options(${COMPONENT_LIB} PRIVATE -DLEVEL=3 -UGONE -DBACK -UBACK -DBACK=2)
        add_definitions(-DLEGACY -Wno-unused)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    CompileUnit a = unit(model, "components/a/a.c");
    assertEquals(Map.of("LEVEL", "3", "KEEP", "1", "BACK", "2", "LEGACY", "1"), a.defines());
    assertEquals(List.of("KEEP", "LEGACY", "LEVEL", "BACK"), List.copyOf(a.defines().keySet()));
    assertEquals(List.of("GONE"), a.undefines());
    assertEquals(List.of("-UGONE", "-UBACK", "-Wno-unused"), component(model, "a").compileOptions());
  }

  @Test
  void everyForceIncludeSpellingIsFoundAndResolved() {
    ProjectTree t = tree();
    t.file("components/redirect/include/esp32_malloc_redirect.h", "#define malloc(s) psram_malloc(s)\n");
    t.file("components/redirect/CMakeLists.txt", "idf_component_register(INCLUDE_DIRS include)\n");
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c REQUIRES redirect)
        set(VIA_VARIABLE -include esp32_malloc_redirect.h)
        target_compile_options(${COMPONENT_LIB} PRIVATE -include esp32_malloc_redirect.h)
        target_compile_options(${COMPONENT_LIB} PRIVATE -includeesp32_malloc_redirect.h)
        target_compile_options(${COMPONENT_LIB} PRIVATE "-include" "esp32_malloc_redirect.h")
        target_compile_options(${COMPONENT_LIB} PRIVATE "SHELL:-include esp32_malloc_redirect.h")
        target_compile_options(${COMPONENT_LIB} PRIVATE ${VIA_VARIABLE})
        target_compile_options(${COMPONENT_LIB} PRIVATE
            -include ${CMAKE_CURRENT_LIST_DIR}/../redirect/include/esp32_malloc_redirect.h)
        add_compile_options(--include=esp32_malloc_redirect.h)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    CompileUnit a = unit(model, "components/a/a.c");
    Path header = t.path("components/redirect/include/esp32_malloc_redirect.h");
    assertEquals(7, a.forcedIncludes().size(), a.forcedIncludes().toString());
    for (ForcedInclude f : a.forcedIncludes()) {
      assertEquals(header, f.file(), f.toString());
      assertEquals(Scope.PRIVATE, f.scope());
    }
    assertEquals(List.of(3, 4, 5, 6, 7, 8, 10), a.forcedIncludes().stream().map(f -> f.origin().line()).toList());
    assertEquals("components/redirect/include/esp32_malloc_redirect.h", a.forcedIncludes().get(5).spelled(),
        "absolute spellings inside the project are kept project-relative");
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void componentLevelForcedIncludeResolvesAgainstOwnDirectoryFirst() {
    ProjectTree t = tree();
    t.touch("components/a/redirect.h");
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_compile_options(${COMPONENT_LIB} PUBLIC -include redirect.h)
        """);
    t.touch("components/a/a.c");
    t.file("components/b/CMakeLists.txt", "idf_component_register(SRCS b.c REQUIRES a)\n");
    t.touch("components/b/b.c");
    ProjectModel model = build(t);
    assertEquals(List.of(new ForcedInclude("redirect.h", t.path("components/a/redirect.h"), Scope.PUBLIC,
        new Origin("components/a/CMakeLists.txt", 2))), component(model, "a").forcedIncludes());
    assertEquals(t.path("components/a/redirect.h"), unit(model, "components/b/b.c").forcedIncludes().get(0).file(),
        "a PUBLIC forced include reaches dependents, resolved where it was declared");
  }

  @Test
  void unresolvedForcedIncludeIsKeptWithoutFileAndReported() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_compile_options(${COMPONENT_LIB} PRIVATE -include nowhere.h)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    ForcedInclude f = unit(model, "components/a/a.c").forcedIncludes().get(0);
    assertEquals("nowhere.h", f.spelled());
    assertNull(f.file());
    assertEquals(List.of("components/a/CMakeLists.txt:2: warning: forced include 'nowhere.h' not found [missing-forced-include]"),
        lines(model));
  }

  @Test
  void generatedHeaderIsAVirtualFileForcedIntoTheUnit() {
    ProjectTree t = tree();
    t.file("components/libsrtp/CMakeLists.txt", """
        idf_component_register(SRCS srtp.c)
        file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/config.h "#define CPU_RISC 1\\n")
        target_compile_options(${COMPONENT_LIB} PRIVATE -include ${CMAKE_CURRENT_BINARY_DIR}/config.h)
        target_include_directories(${COMPONENT_LIB} PUBLIC ${CMAKE_CURRENT_BINARY_DIR})
        """);
    t.touch("components/libsrtp/srtp.c");
    ProjectModel model = build(t);
    Path config = t.path("build/esp-idf/libsrtp/config.h");
    CompileUnit unit = unit(model, "components/libsrtp/srtp.c");
    assertEquals(config, unit.forcedIncludes().get(0).file());
    assertEquals("build/esp-idf/libsrtp/config.h", unit.forcedIncludes().get(0).spelled());
    assertEquals("#define CPU_RISC 1\n", unit.virtualFiles().get(config));
    // Besides the build's file, only the SDK compatibility header the parser force-includes.
    assertEquals(java.util.Set.of(config, t.path(dev.allocpath.model.BuildConfig.SDK_COMPAT_HEADER)),
        unit.virtualFiles().keySet());
    assertEquals(Map.of(config, "#define CPU_RISC 1\n"), component(model, "libsrtp").virtualFiles());
  }

  @Test
  void everyLinkWrapSpellingIsRecorded() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_link_libraries(${COMPONENT_LIB} INTERFACE "-Wl,--wrap=w1")
        target_link_libraries(${COMPONENT_LIB} INTERFACE -Wl,--wrap,w2)
        target_link_options(${COMPONENT_LIB} PUBLIC LINKER:--wrap=w3)
        target_link_options(${COMPONENT_LIB} PRIVATE "LINKER:--wrap,w4")
        target_link_options(${COMPONENT_LIB} PRIVATE --wrap w5)
        target_link_options(${COMPONENT_LIB} PRIVATE --wrap=w6)
        set(WRAPS "-Wl,--wrap=w7" "-Wl,--wrap=w8")
        target_link_libraries(${COMPONENT_LIB} PRIVATE ${WRAPS})
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    List<LinkWrap> wraps = component(model, "a").linkWraps();
    assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"), wraps.stream().map(LinkWrap::symbol).toList());
    assertEquals(List.of(Scope.INTERFACE, Scope.INTERFACE, Scope.PUBLIC, Scope.PRIVATE, Scope.PRIVATE, Scope.PRIVATE,
        Scope.PRIVATE, Scope.PRIVATE), wraps.stream().map(LinkWrap::scope).toList());
    assertEquals(new Origin("components/a/CMakeLists.txt", 9), wraps.get(7).origin());
  }

  @Test
  void sourceFilePropertiesApplyToTheirFileOnly() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS one.c two.c)
        set_source_files_properties(one.c PROPERTIES
            COMPILE_OPTIONS "-include;one_only.h"
            COMPILE_DEFINITIONS "ONE=1;SHARED=one")
        set_source_files_properties(two.c PROPERTIES COMPILE_FLAGS "-DTWO -include two_only.h -Wno-x")
        set_property(SOURCE two.c APPEND PROPERTY COMPILE_DEFINITIONS EXTRA=2)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE SHARED=target)
        """);
    t.touch("components/a/one.c");
    t.touch("components/a/two.c");
    t.touch("components/a/one_only.h");
    t.touch("components/a/two_only.h");
    ProjectModel model = build(t);
    CompileUnit one = unit(model, "components/a/one.c");
    CompileUnit two = unit(model, "components/a/two.c");
    assertEquals(Map.of("ONE", "1", "SHARED", "one"), one.defines(), "file definitions come after the target's");
    assertEquals(List.of(t.path("components/a/one_only.h")), one.forcedIncludes().stream().map(ForcedInclude::file).toList());
    assertEquals(new Origin("components/a/CMakeLists.txt", 2), one.forcedIncludes().get(0).origin());
    assertEquals(Map.of("SHARED", "target", "TWO", "1", "EXTRA", "2"), two.defines());
    assertEquals(List.of("two_only.h"), two.forcedIncludes().stream().map(ForcedInclude::spelled).toList());
    assertTrue(component(model, "a").forcedIncludes().isEmpty(), "file properties are not component settings");
  }

  @Test
  void buildPropertiesApplyToEveryComponent() {
    ProjectTree t = tree();
    t.file("CMakeLists.txt", """
        cmake_minimum_required(VERSION 3.16)
        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        idf_build_set_property(COMPILE_OPTIONS "-DGLOBAL=1" APPEND)
        idf_build_set_property(COMPILE_OPTIONS "-DREPLACED=1")
        idf_build_set_property(COMPILE_OPTIONS "-DSECOND=1;-include;${CMAKE_SOURCE_DIR}/global.h" APPEND)
        idf_build_set_property(C_COMPILE_OPTIONS "-DONLY_C" APPEND)
        idf_build_set_property(CXX_COMPILE_OPTIONS "-DONLY_CXX" APPEND)
        idf_build_set_property(LINK_OPTIONS "-Wl,--wrap=esp_log_write" APPEND)
        project(demo)
        """);
    t.touch("global.h");
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS a.c b.cpp)\n");
    t.file("components/z/CMakeLists.txt", "idf_component_register(SRCS z.c)\n");
    t.touch("components/a/a.c");
    t.touch("components/a/b.cpp");
    t.touch("components/z/z.c");
    ProjectModel model = build(t);
    assertEquals(List.of("REPLACED", "SECOND", "ONLY_C"), List.copyOf(unit(model, "components/a/a.c").defines().keySet()),
        "a set without APPEND replaces what came before");
    assertEquals(List.of("REPLACED", "SECOND", "ONLY_CXX"), List.copyOf(unit(model, "components/a/b.cpp").defines().keySet()));
    assertEquals(List.of("REPLACED", "SECOND", "ONLY_C"), List.copyOf(unit(model, "components/z/z.c").defines().keySet()));
    ForcedInclude global = unit(model, "components/z/z.c").forcedIncludes().get(0);
    assertEquals(t.path("global.h"), global.file());
    assertEquals(new Origin("CMakeLists.txt", 5), global.origin());
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void buildPropertyWithSeveralValuesKeepsTheFirstLikeEspIdf() {
    ProjectTree t = tree();
    t.file("CMakeLists.txt", """
        idf_build_set_property(COMPILE_DEFINITIONS -DFIRST -DSECOND APPEND)
        project(p)
        """);
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS a.c)\n");
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(List.of("FIRST"), List.copyOf(unit(model, "components/a/a.c").defines().keySet()));
    assertEquals(List.of("CMakeLists.txt:1: note: idf_build_set_property(): takes one value (quote a list); ESP-IDF ignores -DSECOND [cmake-unsupported]"),
        lines(model));
  }

  @Test
  void directoryCommandsOfTheProjectFileBeforeProjectAreGlobal() {
    ProjectTree t = tree();
    t.file("CMakeLists.txt", """
        add_compile_definitions(BEFORE_PROJECT)
        project(p)
        add_compile_definitions(AFTER_PROJECT)
        """);
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS a.c)\n");
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(Map.of("BEFORE_PROJECT", "1"), unit(model, "components/a/a.c").defines());
    assertEquals(1, model.notifications().size());
    assertTrue(lines(model).get(0).startsWith("CMakeLists.txt:3: note: add_compile_definitions(): after project()"));
  }

  @Test
  void languageGeneratorExpressionsAndPrecompiledHeaders() {
    ProjectTree t = tree();
    t.touch("components/a/cxx_alloc.h");
    t.touch("components/a/pch.h");
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c b.cpp)
        target_compile_options(${COMPONENT_LIB} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:SHELL:-include cxx_alloc.h>")
        target_compile_definitions(${COMPONENT_LIB} PRIVATE $<$<COMPILE_LANGUAGE:C>:C_ONLY>)
        target_precompile_headers(${COMPONENT_LIB} PRIVATE pch.h <vector>)
        """);
    t.touch("components/a/a.c");
    t.touch("components/a/b.cpp");
    ProjectModel model = build(t);
    CompileUnit c = unit(model, "components/a/a.c");
    CompileUnit cxx = unit(model, "components/a/b.cpp");
    assertEquals(Map.of("C_ONLY", "1"), c.defines());
    assertEquals(Map.of(), cxx.defines());
    assertEquals(List.of("components/a/pch.h"), c.forcedIncludes().stream().map(ForcedInclude::spelled).toList());
    assertEquals(List.of("cxx_alloc.h", "components/a/pch.h"), cxx.forcedIncludes().stream().map(ForcedInclude::spelled).toList());
  }

  @Test
  void unknownCommandsAreReportedAndTheRestStillApplies() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        my_vendor_magic(${COMPONENT_LIB})
        target_compile_definitions(${COMPONENT_LIB} PRIVATE AFTER_UNKNOWN)
        target_compile_options(some_other_target PRIVATE -DNOPE)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(Map.of("AFTER_UNKNOWN", "1"), unit(model, "components/a/a.c").defines());
    assertEquals(List.of(
        "components/a/CMakeLists.txt:2: note: unknown command 'my_vendor_magic' ignored [cmake-unsupported]",
        "components/a/CMakeLists.txt:4: note: target_compile_options(): target 'some_other_target' is not a component library or a library defined in the project; ignored [cmake-unsupported]"),
        lines(model));
  }

  @Test
  void extraComponentDirsAndExcludes() {
    ProjectTree t = tree();
    t.file("CMakeLists.txt", """
        set(EXTRA_COMPONENT_DIRS libs/single "${CMAKE_CURRENT_LIST_DIR}/vendor" missing_dir main)
        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        project(p)
        """);
    t.file("libs/single/CMakeLists.txt", "idf_component_register(SRCS s.c)\n");
    t.touch("libs/single/s.c");
    t.file("vendor/v1/CMakeLists.txt", "idf_component_register(SRCS v.c)\n");
    t.touch("vendor/v1/v.c");
    t.file("vendor/skipme/CMakeLists.txt", "idf_component_register()\n");
    t.file("vendor/.hidden/CMakeLists.txt", "idf_component_register()\n");
    t.file("vendor/notacomponent/readme.txt", "");
    t.file("main/CMakeLists.txt", "idf_component_register(SRCS main.c)\n");
    t.file("components/main/CMakeLists.txt", "idf_component_register()\n");
    t.file("components/a/CMakeLists.txt", "idf_component_register()\n");
    t.file("components/v1/CMakeLists.txt", "idf_component_register()\n");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withExtraExcludes(List.of("vendor/skipme")));
    assertEquals(List.of("a", "single", "v1"), model.components().stream().map(Component::name).toList());
    assertEquals(t.path("components/v1"), component(model, "v1").dir(), "project components win over extra dirs");
    assertEquals(List.of(
        "CMakeLists.txt:3: note: EXTRA_COMPONENT_DIRS entry 'main' is excluded from the scan [cmake-component]",
        "CMakeLists.txt:3: warning: EXTRA_COMPONENT_DIRS entry 'missing_dir' does not exist [cmake-component]",
        "vendor/v1/CMakeLists.txt:1: note: component 'v1' in 'vendor/v1' is ignored: 'components/v1' has the same name [cmake-component]"),
        lines(model));
  }

  @Test
  void componentRootsOptionAndUnregisteredComponent() {
    ProjectTree t = tree();
    t.file("firmware/parts/x/CMakeLists.txt", "set(NOTHING 1)\n");
    t.file("components/ignored/CMakeLists.txt", "idf_component_register()\n");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withComponentRoots(List.of("firmware/parts")));
    assertEquals(List.of("x"), model.components().stream().map(Component::name).toList());
    assertNull(component(model, "x").registration());
    assertEquals(List.of("firmware/parts/x/CMakeLists.txt:1: note: component 'x' does not call idf_component_register(); it compiles nothing [cmake-component]"),
        lines(model));
  }

  @Test
  void projectIncludeFilesDefineHelpersForComponents() {
    ProjectTree t = tree();
    t.file("CMakeLists.txt", "project(p)\n");
    t.file("components/helpers/project_include.cmake", """
        set(HELPERS_DIR ${COMPONENT_DIR})
        function(add_redirect lib)
          target_compile_options(${lib} PRIVATE -include ${HELPERS_DIR}/redirect.h)
        endfunction()
        """);
    t.file("components/helpers/CMakeLists.txt", "idf_component_register(INCLUDE_DIRS .)\n");
    t.touch("components/helpers/redirect.h");
    t.file("components/user/CMakeLists.txt", """
        idf_component_register(SRCS u.c)
        add_redirect(${COMPONENT_LIB})
        """);
    t.touch("components/user/u.c");
    ProjectModel model = build(t);
    ForcedInclude f = unit(model, "components/user/u.c").forcedIncludes().get(0);
    assertEquals(t.path("components/helpers/redirect.h"), f.file());
    assertEquals(new Origin("components/helpers/project_include.cmake", 3), f.origin());
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void configVariablesComeFromOptions() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        set(srcs base.c)
        if(CONFIG_FEATURE_X)
          list(APPEND srcs feature_x.c)
        endif()
        if(IDF_TARGET STREQUAL "esp32p4")
          list(APPEND srcs p4.c)
        endif()
        idf_component_register(SRCS ${srcs})
        """);
    for (String f : List.of("base.c", "feature_x.c", "p4.c")) {
      t.touch("components/a/" + f);
    }
    ProjectModel without = build(t);
    assertEquals(List.of("components/a/base.c", "components/a/p4.c"),
        without.units().stream().map(u -> without.relative(u.source())).toList());
    ProjectModel with = ProjectModelBuilder.build(t.root,
        ModelOptions.defaults().withVariables(Map.of("CONFIG_FEATURE_X", "y", "IDF_TARGET", "esp32")));
    assertEquals(List.of("components/a/base.c", "components/a/feature_x.c"),
        with.units().stream().map(u -> with.relative(u.source())).toList());
  }

  @Test
  void sourcesOutsideTheRootNeedPermission(@TempDir Path outside) {
    ProjectTree external = new ProjectTree(outside);
    external.touch("shared/ext.c");
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS " + external.path("shared/ext.c") + " a.c)\n");
    t.touch("components/a/a.c");
    ProjectModel denied = build(t);
    assertEquals(1, denied.units().size());
    assertEquals(1, denied.notifications().size());
    assertEquals(NotificationSink.OUTSIDE_ROOT, denied.notifications().get(0).kind());
    ProjectModel allowed = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withAllowOutsideRoot(true));
    assertEquals(2, allowed.units().size());
    assertTrue(allowed.notifications().isEmpty(), lines(allowed).toString());
  }

  @Test
  void legacyRegisterComponent() {
    ProjectTree t = tree();
    t.file("components/old/CMakeLists.txt", """
        set(COMPONENT_SRCS "a.c b.c")
        set(COMPONENT_ADD_INCLUDEDIRS "include")
        set(COMPONENT_REQUIRES "x")
        register_component()
        component_compile_definitions(OLD_STYLE)
        """);
    t.touch("components/old/a.c");
    t.touch("components/old/b.c");
    t.dir("components/old/include");
    ProjectModel model = build(t);
    assertEquals(2, model.units().size());
    assertEquals(List.of("x"), component(model, "old").requires());
    assertEquals(Map.of("OLD_STYLE", "1"), unit(model, "components/old/a.c").defines());
  }

  @Test
  void missingIncludeDirectoryIsReported() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS a.c INCLUDE_DIRS include nope)\n");
    t.touch("components/a/a.c");
    t.dir("components/a/include");
    ProjectModel model = build(t);
    assertEquals(List.of("components/a/include"), relativeDirs(model, unit(model, "components/a/a.c")));
    assertEquals(List.of("components/a/CMakeLists.txt:1: warning: include directory 'nope' of component 'a' does not exist [missing-include-dir]"),
        lines(model));
  }

  @Test
  void syntaxErrorsInAComponentAreReportedAndTheRestIsRead() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE OK)
        set(BROKEN "never closed
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(Map.of("OK", "1"), unit(model, "components/a/a.c").defines());
    assertEquals(List.of("components/a/CMakeLists.txt:3: warning: unterminated quoted argument [cmake-syntax]"), lines(model));
  }

  @Test
  void buildingTwiceGivesEqualModels() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        file(GLOB S *.c)
        idf_component_register(SRCS ${S} INCLUDE_DIRS . REQUIRES b)
        target_compile_options(${COMPONENT_LIB} PRIVATE -include a.h -DX=1)
        unknown_thing()
        """);
    t.file("components/b/CMakeLists.txt", "idf_component_register(SRCS b.c INCLUDE_DIRS .)\nother_unknown()\n");
    for (String f : List.of("a/z.c", "a/m.c", "a/a.c", "a/a.h", "b/b.c")) {
      t.touch("components/" + f);
    }
    ProjectModel first = build(t);
    ProjectModel second = build(t);
    assertEquals(first, second);
    assertEquals(4, first.units().size());
    assertEquals(List.of("components/a/a.c", "components/a/m.c", "components/a/z.c", "components/b/b.c"),
        first.units().stream().map(u -> first.relative(u.source())).toList());
  }

  @Test
  void missingRootIsReported() {
    ProjectModel model = ProjectModelBuilder.build(dir.resolve("does-not-exist"), ModelOptions.defaults());
    assertTrue(model.components().isEmpty());
    assertEquals(1, model.notifications().size());
    assertTrue(model.notifications().get(0).message().contains("is not a directory"));
  }

  @Test
  void notificationsFromHelperFunctionsPointAtTheHelperFile() {
    ProjectTree t = tree();
    t.file("cmake/helpers.cmake", """
        function(configure_lib lib)
          target_compile_definitions(${lib} PRIVATE CONFIGURED)
          vendor_only_command(${lib})
        endfunction()
        """);
    t.file("components/a/CMakeLists.txt", """
        include(${CMAKE_SOURCE_DIR}/cmake/helpers.cmake)
        idf_component_register(SRCS a.c)
        configure_lib(${COMPONENT_LIB})
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    assertEquals(List.of(new Define("CONFIGURED", "1", Scope.PRIVATE, new Origin("cmake/helpers.cmake", 2))),
        component(model, "a").defines());
    assertEquals(List.of("cmake/helpers.cmake:3: note: unknown command 'vendor_only_command' ignored [cmake-unsupported]"),
        lines(model));
  }

  @Test
  void emptyDirectoryGivesAnEmptyModel() {
    ProjectModel model = build(tree());
    assertTrue(model.components().isEmpty());
    assertTrue(model.units().isEmpty());
    assertTrue(model.notifications().isEmpty());
    assertEquals(dir.toAbsolutePath().normalize(), model.root());
  }

  @Test
  void definesOfTheComponentKeepScopeAndOrigin() {
    ProjectTree t = tree();
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_compile_definitions(${COMPONENT_LIB}
            PUBLIC A=1
            INTERFACE B)
        """);
    t.touch("components/a/a.c");
    ProjectModel model = build(t);
    Origin origin = new Origin("components/a/CMakeLists.txt", 2);
    assertEquals(List.of(new Define("A", "1", Scope.PUBLIC, origin), new Define("B", "1", Scope.INTERFACE, origin)),
        component(model, "a").defines());
  }
}
