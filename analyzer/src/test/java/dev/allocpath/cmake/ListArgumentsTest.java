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

/**
 * Quoted lists: CMake passes {@code "${srcs}"} as one argument, but every command that takes a
 * list of files, directories, definitions or options splits each argument's value.
 */
class ListArgumentsTest {
  @TempDir Path dir;

  private static List<String> units(ProjectModel model) {
    return model.units().stream().map(u -> model.relative(u.source())).toList();
  }

  private static CompileUnit unit(ProjectModel model, String relative) {
    return model.units().stream().filter(u -> model.relative(u.source()).equals(relative)).findFirst().orElseThrow();
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void quotedListsFromSetAndGlobAreOneItemPerElement() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/audio/CMakeLists.txt", """
        set(srcs "src/a.c" "src/b.c")
        file(GLOB more "${CMAKE_CURRENT_SOURCE_DIR}/dsp/*.c")
        list(APPEND srcs ${more})
        set(includes "include;src")
        idf_component_register(SRCS "${srcs}" INCLUDE_DIRS "${includes}" PRIV_REQUIRES "${no_such_list}")
        target_sources(${COMPONENT_LIB} PRIVATE "extra/e.c;extra/f.c")
        target_compile_definitions(${COMPONENT_LIB} PRIVATE "ONE=1;TWO")
        target_compile_options(${COMPONENT_LIB} PRIVATE "-DTHREE=3;-include;${CMAKE_CURRENT_SOURCE_DIR}/include/pre.h")
        set_source_files_properties("${more}" PROPERTIES COMPILE_DEFINITIONS "DSP=1;FAST")
        """);
    for (String f : List.of("src/a.c", "src/b.c", "dsp/x.c", "dsp/y.c", "extra/e.c", "extra/f.c", "include/pre.h")) {
      t.touch("components/audio/" + f);
    }
    t.dir("components/audio/src");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("components/audio/dsp/x.c", "components/audio/dsp/y.c", "components/audio/extra/e.c",
        "components/audio/extra/f.c", "components/audio/src/a.c", "components/audio/src/b.c"), units(model));
    CompileUnit a = unit(model, "components/audio/src/a.c");
    assertEquals(List.of("components/audio/include", "components/audio/src"),
        a.includeDirs().stream().map(model::relative).toList());
    assertEquals(Map.of("ONE", "1", "TWO", "1", "THREE", "3"), a.defines());
    assertEquals(1, a.forcedIncludes().size());
    CompileUnit x = unit(model, "components/audio/dsp/x.c");
    assertEquals("1", x.defines().get("DSP"));
    assertEquals("1", x.defines().get("FAST"));
    assertFalse(a.defines().containsKey("DSP"));
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void anEscapedSemicolonStaysInsideOneDefinition() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/c/CMakeLists.txt", """
        idf_component_register(SRCS "a.c")
        target_compile_definitions(${COMPONENT_LIB} PRIVATE "SEP=a\\\\;b")
        """);
    t.touch("components/c/a.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(Map.of("SEP", "a;b"), unit(model, "components/c/a.c").defines());
  }

  @Test
  void messagesQuoteProjectRelativePathsNotThisMachinesDirectory() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/c/CMakeLists.txt", """
        idf_component_register(SRCS "a.c"
                               SRC_DIRS "${CMAKE_CURRENT_SOURCE_DIR}/gone"
                               INCLUDE_DIRS "${CMAKE_CURRENT_SOURCE_DIR}/nowhere")
        target_compile_options(${COMPONENT_LIB} PRIVATE -include "${COMPONENT_DIR}/missing.h")
        target_link_libraries(${COMPONENT_LIB} PRIVATE "${COMPONENT_DIR}/libx.a")
        """);
    t.touch("components/c/a.c");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertFalse(model.notifications().isEmpty());
    String root = t.root.toString();
    for (String line : lines(model)) {
      assertFalse(line.contains(root), line);
    }
    assertTrue(lines(model).stream().anyMatch(l -> l.contains("'components/c/nowhere' of component 'c' does not exist")),
        lines(model).toString());
  }

  @Test
  void theRootIsReplacedOnlyAsAWholeDirectoryName() {
    NotificationSink sink = new NotificationSink(dir);
    sink.note("k", "at " + dir + "/x.c, in " + dir + ", beside " + dir + "sibling/y.c", null, 0);
    assertEquals("at x.c, in ., beside " + dir + "sibling/y.c", sink.list().get(0).message());
  }
}
