package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add_subdirectory + add_library + target_* usage requirements + target_link_libraries from a component. */
class PlainTargetsTest {
  @TempDir Path dir;

  private static List<String> units(ProjectModel model) {
    return model.units().stream().map(u -> model.relative(u.source()) + "@" + u.component()).toList();
  }

  private static CompileUnit unit(ProjectModel model, String relative) {
    return model.units().stream().filter(u -> model.relative(u.source()).equals(relative)).findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + relative + " in " + units(model)));
  }

  private static List<String> dirs(ProjectModel model, CompileUnit unit) {
    return unit.includeDirs().stream().map(model::relative).toList();
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  /** components/media links lib (PRIVATE); lib links cfg (PUBLIC, INTERFACE library) and core (PRIVATE). */
  private ProjectTree mediaProject(String link) {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/media/CMakeLists.txt", """
        idf_component_register(SRCS media.c INCLUDE_DIRS .)
        add_compile_options(-DMEDIA_DIR_OPTION)
        add_subdirectory(lib)
        add_subdirectory(unused build/unused)
        target_link_libraries(${COMPONENT_LIB} %s lib)
        """.formatted(link));
    t.file("components/media/lib/CMakeLists.txt", """
        set(LIB_SCOPE_ONLY yes)
        add_compile_options(-DLIB_DIR_OPTION)
        add_library(lib STATIC src/lib.c)
        target_sources(lib PRIVATE "src/more.c;src/gen.c")
        target_include_directories(lib PUBLIC include PRIVATE src)
        target_compile_definitions(lib PUBLIC LIB_PUBLIC=1 PRIVATE LIB_PRIVATE INTERFACE LIB_IFACE)
        target_link_libraries(lib PUBLIC cfg PRIVATE core)
        add_library(cfg INTERFACE)
        target_compile_definitions(cfg INTERFACE CFG_MAX=8)
        target_include_directories(cfg INTERFACE cfg)
        add_library(core OBJECT core/core.c)
        target_compile_definitions(core PUBLIC CORE_PUBLIC)
        add_custom_command(OUTPUT ${CMAKE_CURRENT_SOURCE_DIR}/src/gen.c COMMAND gen > src/gen.c)
        add_library(lib_alias ALIAS lib)
        """);
    t.file("components/media/unused/CMakeLists.txt", "add_library(unused unused.c)\n");
    for (String f : List.of("media.c", "lib/src/lib.c", "lib/src/more.c", "lib/core/core.c", "unused/unused.c",
        "lib/include/lib.h", "lib/cfg/cfg.h")) {
      t.touch("components/media/" + f);
    }
    t.file("components/app/CMakeLists.txt", "idf_component_register(SRCS app.c REQUIRES media)\n");
    t.touch("components/app/app.c");
    return t;
  }

  @Test
  void aLinkedLibraryIsCompiledWithItsOwnFlagsAsPartOfTheComponent() {
    ProjectModel model = ProjectModelBuilder.build(mediaProject("PRIVATE").root, ModelOptions.defaults());
    assertEquals(List.of("components/app/app.c@app", "components/media/lib/core/core.c@media",
        "components/media/lib/src/lib.c@media", "components/media/lib/src/more.c@media",
        "components/media/media.c@media"), units(model));

    CompileUnit lib = unit(model, "components/media/lib/src/lib.c");
    assertEquals(Map.of("MEDIA_DIR_OPTION", "1", "LIB_DIR_OPTION", "1", "LIB_PUBLIC", "1", "LIB_PRIVATE", "1",
        "CFG_MAX", "8", "CORE_PUBLIC", "1"), lib.defines());
    assertEquals(List.of("components/media/lib/include", "components/media/lib/src", "components/media/lib/cfg"),
        dirs(model, lib));
    assertEquals(Map.of("CORE_PUBLIC", "1", "MEDIA_DIR_OPTION", "1", "LIB_DIR_OPTION", "1"),
        unit(model, "components/media/lib/core/core.c").defines());

    CompileUnit media = unit(model, "components/media/media.c");
    assertEquals(Map.of("MEDIA_DIR_OPTION", "1", "LIB_PUBLIC", "1", "LIB_IFACE", "1", "CFG_MAX", "8"), media.defines(),
        "the library's PUBLIC and INTERFACE settings (and its PUBLIC link's) reach the component; PRIVATE ones"
            + " and its subdirectory's directory options do not");
    assertEquals(List.of("components/media", "components/media/lib/include", "components/media/lib/cfg"),
        dirs(model, media));
    assertEquals(Map.of(), unit(model, "components/app/app.c").defines(), "a PRIVATE link does not pass on");
    assertTrue(model.component("media").orElseThrow().sources().stream()
        .anyMatch(s -> model.relative(s.file()).equals("components/media/lib/src/lib.c")));
  }

  @Test
  void aPublicLinkPassesTheInterfaceToComponentsThatRequireIt() {
    ProjectModel model = ProjectModelBuilder.build(mediaProject("PUBLIC").root, ModelOptions.defaults());
    CompileUnit app = unit(model, "components/app/app.c");
    assertEquals("1", app.defines().get("LIB_PUBLIC"));
    assertEquals("8", app.defines().get("CFG_MAX"));
    assertTrue(dirs(model, app).contains("components/media/lib/include"), dirs(model, app).toString());
  }

  @Test
  void unlinkedLibrariesPrebuiltArchivesAndGeneratedFilesAreListedOnceNotAnalysed() {
    ProjectTree t = mediaProject("PRIVATE");
    t.file("components/dsp/CMakeLists.txt", """
        idf_component_register(INCLUDE_DIRS include)
        add_prebuilt_library(dsp "${CMAKE_CURRENT_SOURCE_DIR}/lib/libdsp.a" REQUIRES media)
        target_link_libraries(${COMPONENT_LIB} INTERFACE dsp)
        """);
    t.dir("components/dsp/include");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    List<String> notes = lines(model).stream().filter(l -> l.contains("[not-analysed]")).toList();
    assertEquals(List.of(
        "components/dsp/CMakeLists.txt:2: note: prebuilt library 'dsp' (components/dsp/lib/libdsp.a) has no sources to analyse [not-analysed]",
        "components/media/lib/CMakeLists.txt:13: note: add_custom_command(): 'components/media/lib/src/gen.c' is generated at build time and not analysed [not-analysed]",
        "components/media/unused/CMakeLists.txt:1: note: library 'unused' is linked by no component: its 1 source is not compiled into the firmware and not analysed [not-analysed]"),
        notes);
    assertFalse(lines(model).stream().anyMatch(l -> l.contains("missing-source")), lines(model).toString());
    assertEquals(List.of("components/media/unused/unused.c"), model.coverage().uncompiledSources());
    assertEquals("prebuilt only", model.coverage().components().stream()
        .filter(c -> c.name().equals("dsp")).findFirst().orElseThrow().reason());
  }

  @Test
  void subdirectoryScopeAndTargetConditions() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/c/CMakeLists.txt", """
        add_subdirectory(sub)
        if(TARGET sublib AND NOT DEFINED SUB_LOCAL)
          idf_component_register(SRCS "c.c" INCLUDE_DIRS "${SUB_EXPORTED}")
          target_link_libraries(${COMPONENT_LIB} PUBLIC sublib)
        endif()
        """);
    t.file("components/c/sub/CMakeLists.txt", """
        set(SUB_LOCAL 1)
        set(SUB_EXPORTED "${CMAKE_CURRENT_SOURCE_DIR}/api" PARENT_SCOPE)
        add_library(sublib "${CMAKE_CURRENT_SOURCE_DIR}/s.c")
        """);
    t.touch("components/c/c.c");
    t.touch("components/c/sub/s.c");
    t.dir("components/c/sub/api");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("components/c/c.c@c", "components/c/sub/s.c@c"), units(model), lines(model).toString());
    assertEquals(List.of("components/c/sub/api"), dirs(model, unit(model, "components/c/c.c")));
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void aMissingSubdirectoryIsAWarning() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/c/CMakeLists.txt", "idf_component_register(SRCS c.c)\nadd_subdirectory(nowhere)\n");
    t.touch("components/c/c.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("components/c/CMakeLists.txt:2: warning: add_subdirectory(): 'components/c/nowhere' has no"
        + " CMakeLists.txt [cmake-missing-include]"), lines(model));
  }
}
