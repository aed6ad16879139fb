package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.model.Component;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymlinkTest {
  @TempDir Path dir;
  @TempDir Path outside;

  /** Creates a symlink, or skips the test when the file system cannot. */
  private static void link(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      assumeTrue(false, "symlinks not available: " + e);
    }
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void symlinkLoopDoesNotHang() {
    ProjectTree t = new ProjectTree(dir);
    t.touch("components/a/src/a.c");
    link(t.path("components/a/src/loop"), t.path("components/a/src"));
    link(t.path("components/a/src/up"), t.path("components/a"));
    t.file("components/a/CMakeLists.txt", """
        file(GLOB_RECURSE FOLLOWED FOLLOW_SYMLINKS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} src/*.c)
        file(GLOB_RECURSE PLAIN RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} src/*.c)
        idf_component_register(SRCS ${PLAIN})
        """);
    ProjectModel model = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> ProjectModelBuilder.build(t.root, ModelOptions.defaults()));
    assertEquals(1, model.units().size());
    assertEquals("components/a/src/a.c", model.relative(model.units().get(0).source()));
  }

  @Test
  void followedGlobFindsFilesBehindInProjectLinksOnly() {
    ProjectTree t = new ProjectTree(dir);
    t.touch("shared/common.c");
    new ProjectTree(outside).touch("secret/leak.c");
    t.touch("components/a/src/own.c");
    link(t.path("components/a/src/shared"), t.path("shared"));
    link(t.path("components/a/src/escape"), outside.resolve("secret"));
    CMakeSnippet followed = CMakeSnippet.run(t, """
        file(GLOB_RECURSE F FOLLOW_SYMLINKS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/../a/src ${CMAKE_CURRENT_SOURCE_DIR}/../a/src/*.c)
        file(GLOB_RECURSE N RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/../a/src ${CMAKE_CURRENT_SOURCE_DIR}/../a/src/*.c)
        """);
    assertEquals("own.c;shared/common.c", followed.get("F"));
    assertEquals("own.c", followed.get("N"));
    assertTrue(followed.lines().stream().anyMatch(l -> l.contains("outside the project root and was not searched")),
        followed.lines().toString());
  }

  @Test
  void componentDirectoryLinkedFromOutsideIsSkipped() {
    ProjectTree t = new ProjectTree(dir);
    ProjectTree ext = new ProjectTree(outside);
    ext.file("extcomp/CMakeLists.txt", "idf_component_register(SRCS e.c)\n");
    ext.touch("extcomp/e.c");
    t.file("components/a/CMakeLists.txt", "idf_component_register()\n");
    link(t.path("components/extcomp"), outside.resolve("extcomp"));
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(List.of("a"), model.components().stream().map(Component::name).toList());
    assertEquals(List.of("components/extcomp:1: note: 'components/extcomp' leads outside the project root (symlink) and was not read [outside-root]"),
        lines(model));
    ProjectModel allowed = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withAllowOutsideRoot(true));
    assertEquals(List.of("a", "extcomp"), allowed.components().stream().map(Component::name).toList());
    assertEquals(1, allowed.units().size());
  }

  @Test
  void sourceLinkedToAFileOutsideIsNotRead() {
    ProjectTree t = new ProjectTree(dir);
    new ProjectTree(outside).touch("real.c");
    link(t.path("components/a/linked.c"), outside.resolve("real.c"));
    t.file("components/a/CMakeLists.txt", "idf_component_register(SRCS linked.c)\n");
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertTrue(model.units().isEmpty());
    assertEquals(NotificationSink.OUTSIDE_ROOT, model.notifications().get(0).kind());
  }
}
