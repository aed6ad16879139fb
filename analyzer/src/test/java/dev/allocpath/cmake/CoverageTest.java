package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.model.Coverage;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build leaves out, and why; and main/ and managed_components/ on request. */
class CoverageTest {
  @TempDir Path dir;

  private static String reason(ProjectModel model, String component) {
    return model.coverage().components().stream().filter(c -> c.name().equals(component)).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + component)).reason();
  }

  @Test
  void eachComponentThatCompilesNothingSaysWhy() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/ok/CMakeLists.txt", "idf_component_register(SRCS ok.c)\n");
    t.touch("components/ok/ok.c");
    t.touch("components/ok/test/test_ok.c");
    t.file("components/old/CMakeLists.txt", "# idf_component_register(SRCS old.c)\n");
    t.touch("components/old/old.c");
    t.file("components/board/CMakeLists.txt", "if(CONFIG_BOARD_X)\n  idf_component_register(SRCS board.c)\nendif()\n");
    t.touch("components/board/board.c");
    t.file("components/gone/CMakeLists.txt", "idf_component_register(SRCS gone.c)\n");
    t.file("components/headers/CMakeLists.txt", "idf_component_register(INCLUDE_DIRS .)\n");
    t.file("components/plain/CMakeLists.txt", "message(STATUS hello)\n");
    t.file("main/CMakeLists.txt", "idf_component_register(SRCS app.c)\n");
    t.touch("main/app.c");
    t.touch("main/extra/more.cpp");
    t.file("managed_components/espressif__x/CMakeLists.txt", "idf_component_register(SRCS x.c)\n");
    t.touch("managed_components/espressif__x/x.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    Coverage c = model.coverage();
    assertEquals(6, c.components().size());
    assertEquals(1, c.compiling());
    assertEquals(null, reason(model, "ok"));
    assertEquals("commented out", reason(model, "old"));
    assertEquals("condition false", reason(model, "board"));
    assertEquals("sources missing", reason(model, "gone"));
    assertEquals("header-only", reason(model, "headers"));
    assertEquals("no idf_component_register", reason(model, "plain"));
    assertEquals(List.of("components/board/board.c", "components/ok/test/test_ok.c", "components/old/old.c"),
        c.uncompiledSources());
    assertEquals(List.of(new Coverage.SkippedDirectory("main/", 2, "--with-main"),
        new Coverage.SkippedDirectory("managed_components/", 1, "--with-managed")), c.skipped());
  }

  @Test
  void mainAndManagedComponentsAreComponentsWhenAskedFor() {
    ProjectTree t = new ProjectTree(dir);
    t.file("main/CMakeLists.txt", "idf_component_register(SRCS app.c)\n");
    t.touch("main/app.c");
    t.file("managed_components/espressif__x/CMakeLists.txt", "idf_component_register(SRCS x.c)\n");
    t.touch("managed_components/espressif__x/x.c");

    ProjectModel none = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertTrue(none.components().isEmpty());

    ProjectModel withMain = ProjectModelBuilder.build(t.root,
        ModelOptions.defaults().withComponentRoots(ModelOptions.rootsWith(List.of("components"), true, false)));
    assertEquals(List.of("main"), withMain.components().stream().map(x -> x.name()).toList());
    assertEquals(List.of("main/app.c"), withMain.units().stream().map(u -> withMain.relative(u.source())).toList());
    assertEquals(List.of(new Coverage.SkippedDirectory("managed_components/", 1, "--with-managed")),
        withMain.coverage().skipped());

    ProjectModel rootMain = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withComponentRoots(List.of("main")));
    assertEquals(List.of("main"), rootMain.components().stream().map(x -> x.name()).toList(),
        "--component-root main: the default exclusion of main does not drop what the user named");

    ProjectModel managed = ProjectModelBuilder.build(t.root,
        ModelOptions.defaults().withComponentRoots(ModelOptions.rootsWith(List.of("components"), false, true)));
    assertEquals(List.of("espressif__x"), managed.components().stream().map(x -> x.name()).toList());
  }
}
