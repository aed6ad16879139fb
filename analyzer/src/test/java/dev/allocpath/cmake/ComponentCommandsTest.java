package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The less common component commands: properties, optional requirements, extra sources. */
class ComponentCommandsTest {
  @TempDir Path dir;

  private static CompileUnit unit(ProjectModel model, String relative) {
    return model.units().stream().filter(u -> model.relative(u.source()).equals(relative)).findFirst().orElseThrow();
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void componentPropertiesAndOptionalRequirements() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        idf_component_get_property(b_lib b COMPONENT_LIB)
        idf_component_get_property(b_dir b COMPONENT_DIR)
        idf_component_get_property(rtos_lib freertos COMPONENT_LIB)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE "B_LIB=${b_lib}" "RTOS_LIB=${rtos_lib}")
        idf_component_optional_requires(PRIVATE b not_in_project)
        file(RELATIVE_PATH b_rel ${CMAKE_SOURCE_DIR} ${b_dir})
        target_compile_definitions(${COMPONENT_LIB} PRIVATE "B_DIR=${b_rel}")
        """);
    t.touch("components/a/a.c");
    t.file("components/b/CMakeLists.txt", """
        idf_component_register(INCLUDE_DIRS .)
        target_compile_definitions(${COMPONENT_LIB} INTERFACE FROM_B)
        """);
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    CompileUnit a = unit(model, "components/a/a.c");
    assertEquals(Map.of("B_LIB", "__idf_b", "RTOS_LIB", "__idf_freertos", "B_DIR", "components/b", "FROM_B", "1"), a.defines());
    assertEquals(List.of("b"), model.component("a").orElseThrow().privateRequires());
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void targetSourcesAddUnits() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        target_sources(${COMPONENT_LIB} PRIVATE extra.cpp INTERFACE iface.c)
        """);
    t.touch("components/a/a.c");
    t.touch("components/a/extra.cpp");
    t.touch("components/a/iface.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("components/a/a.c", "components/a/extra.cpp"),
        model.units().stream().map(u -> model.relative(u.source())).toList());
    assertEquals(List.of("components/a/CMakeLists.txt:2: note: target_sources(): sources without PRIVATE/PUBLIC are not compiled by the component; ignored [cmake-unsupported]"),
        lines(model));
  }

  @Test
  void appendedTargetPropertiesAreSettings() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c)
        set_property(TARGET ${COMPONENT_LIB} APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SHARED_DEF)
        set_property(TARGET ${COMPONENT_LIB} APPEND PROPERTY COMPILE_OPTIONS -DPRIVATE_OPT)
        set_property(TARGET ${COMPONENT_LIB} PROPERTY COMPILE_OPTIONS -DREPLACING)
        """);
    t.touch("components/a/a.c");
    t.file("components/b/CMakeLists.txt", "idf_component_register(SRCS b.c REQUIRES a)\n");
    t.touch("components/b/b.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(Map.of("PRIVATE_OPT", "1"), unit(model, "components/a/a.c").defines());
    assertEquals(Map.of("SHARED_DEF", "1"), unit(model, "components/b/b.c").defines());
    assertEquals(List.of("components/a/CMakeLists.txt:4: note: set_property(): replacing target property COMPILE_OPTIONS is not modelled; ignored (use APPEND) [cmake-unsupported]"),
        lines(model));
  }

  @Test
  void privateSettingsOnAComponentWithoutSourcesAreReported() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/h/CMakeLists.txt", """
        idf_component_register(INCLUDE_DIRS .)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE NEVER PUBLIC SHARED)
        """);
    t.file("components/u/CMakeLists.txt", "idf_component_register(SRCS u.c REQUIRES h)\n");
    t.touch("components/u/u.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(Map.of("SHARED", "1"), unit(model, "components/u/u.c").defines());
    assertEquals(dev.allocpath.model.Scope.INTERFACE, model.component("h").orElseThrow().defines().get(0).scope());
    assertEquals(1, model.notifications().size());
    assertTrue(lines(model).get(0).contains("has no sources (INTERFACE library); PRIVATE settings do not apply"));
  }

  @Test
  void sameSourceInTwoComponentsGivesTwoUnits() {
    ProjectTree t = new ProjectTree(dir);
    t.touch("shared/common.c");
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS ../../shared/common.c)\n");
    t.file("components/b/CMakeLists.txt", """
        idf_component_register(SRCS ${CMAKE_SOURCE_DIR}/shared/common.c)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE IN_B)
        """);
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("a", "b"), model.units().stream().map(CompileUnit::component).toList());
    assertEquals(Map.of(), model.units().get(0).defines());
    assertEquals(Map.of("IN_B", "1"), model.units().get(1).defines());
  }

  @Test
  void windowsLineEndings() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/a/CMakeLists.txt",
        "idf_component_register(SRCS a.c\r\n  INCLUDE_DIRS .) # comment\r\ntarget_compile_definitions(${COMPONENT_LIB} PRIVATE \"X=1\\\r\n2\")\r\n");
    t.touch("components/a/a.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(Map.of("X", "12"), unit(model, "components/a/a.c").defines());
    assertEquals(3, model.component("a").orElseThrow().defines().get(0).origin().line());
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }
}
