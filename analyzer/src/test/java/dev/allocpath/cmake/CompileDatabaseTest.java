package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.Origin;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileDatabaseTest {
  @TempDir Path dir;

  /** Two components; b.c gets its flags from CMake: -DFROM_CMAKE and a forced include. */
  private ProjectTree project() {
    ProjectTree t = new ProjectTree(dir);
    t.file("components/a/CMakeLists.txt", """
        idf_component_register(SRCS a.c b.c INCLUDE_DIRS include)
        target_compile_definitions(${COMPONENT_LIB} PRIVATE FROM_CMAKE)
        target_compile_options(${COMPONENT_LIB} PRIVATE -include cmake_forced.h)
        """);
    t.touch("components/a/a.c");
    t.touch("components/a/b.c");
    t.touch("components/a/cmake_forced.h");
    t.touch("components/a/db_forced.h");
    t.dir("components/a/include");
    t.dir("components/a/db_include");
    return t;
  }

  private static CompileUnit unit(ProjectModel model, String relative) {
    return model.units().stream().filter(u -> model.relative(u.source()).equals(relative)).findFirst().orElseThrow();
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void databaseFlagsReplaceCmakeFlagsForTheFilesItLists() {
    ProjectTree t = project();
    String root = t.root.toString();
    t.file("build/compile_commands.json", """
        [
          {
            "directory": "%1$s/build",
            "command": "riscv32-esp-elf-gcc -DFROM_DB=1 \\"-DQUOTED=\\\\\\"x y\\\\\\"\\" -U OLD -I%1$s/components/a/db_include -I/opt/idf/components/freertos/include -isystem /opt/toolchain/include -include ../components/a/db_forced.h -o x.o -c %1$s/components/a/a.c",
            "file": "%1$s/components/a/a.c"
          },
          {
            "directory": "%1$s/build",
            "arguments": ["gcc", "-DOUTSIDER"],
            "file": "/elsewhere/outside.c"
          }
        ]
        """.formatted(root));
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals("build/compile_commands.json", model.buildSource());
    CompileUnit a = unit(model, "components/a/a.c");
    assertEquals(Map.of("FROM_DB", "1", "QUOTED", "\"x y\""), a.defines());
    assertEquals(List.of("OLD"), a.undefines());
    assertEquals(List.of(t.path("components/a/db_include")), a.includeDirs(), "outside and -isystem directories are not kept");
    assertEquals(List.of(new ForcedInclude("../components/a/db_forced.h", t.path("components/a/db_forced.h"),
        dev.allocpath.model.Scope.PRIVATE, new Origin("build/compile_commands.json", 2))), a.forcedIncludes());

    CompileUnit b = unit(model, "components/a/b.c");
    assertEquals(Map.of("FROM_CMAKE", "1"), b.defines(), "files the database does not list keep the CMake flags");
    assertEquals(t.path("components/a/cmake_forced.h"), b.forcedIncludes().get(0).file());
    assertEquals(2, model.units().size(), "database entries never add units");
    assertTrue(model.notifications().isEmpty(), lines(model).toString());
  }

  @Test
  void argumentsArrayAndRelativePaths() {
    ProjectTree t = project();
    t.file("out/db.json", """
        [{"directory": "../components/a", "arguments": ["cc", "-D", "SPLIT", "-iquote", "db_include", "--include=db_forced.h", "b.c"], "file": "b.c"}]
        """);
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withCompileDatabase(Path.of("out/db.json")));
    assertEquals("out/db.json", model.buildSource());
    CompileUnit b = unit(model, "components/a/b.c");
    assertEquals(Map.of("SPLIT", "1"), b.defines());
    assertEquals(List.of(t.path("components/a/db_include")), b.includeDirs());
    assertEquals(t.path("components/a/db_forced.h"), b.forcedIncludes().get(0).file());
    assertEquals(new Origin("out/db.json", 1), b.forcedIncludes().get(0).origin());
  }

  @Test
  void malformedDatabaseFallsBackToCmake() {
    ProjectTree t = project();
    t.file("build/compile_commands.json", """
        [
          {"directory": "/x", "file": "a.c", "command": "gcc -DX"},
          {"directory": "/x", "file": "b.c" "command": "broken"}
        ]
        """);
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    assertEquals(ProjectModelBuilder.CMAKE_SOURCE, model.buildSource());
    assertEquals(Map.of("FROM_CMAKE", "1"), unit(model, "components/a/a.c").defines());
    assertEquals(1, model.notifications().size(), lines(model).toString());
    Notification n = model.notifications().get(0);
    assertEquals(NotificationSink.COMPILE_DB, n.kind());
    assertEquals("build/compile_commands.json", n.location().path());
    assertEquals(3, n.location().line());
  }

  @Test
  void databaseThatIsNotAnArrayOrHasBadEntries() {
    ProjectTree t = project();
    t.file("db1.json", "{\"directory\": \"/x\"}");
    ProjectModel notArray = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withCompileDatabase(t.path("db1.json")));
    assertEquals(ProjectModelBuilder.CMAKE_SOURCE, notArray.buildSource());
    assertTrue(lines(notArray).get(0).contains("not a JSON array"), lines(notArray).toString());

    t.file("db2.json", "[{\"file\": \"a.c\"}, {\"directory\": \"" + t.root + "/components/a\", \"file\": \"a.c\", \"arguments\": [\"cc\", \"-DGOOD\"]}]");
    ProjectModel badEntry = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withCompileDatabase(t.path("db2.json")));
    assertEquals("db2.json", badEntry.buildSource());
    assertEquals(Map.of("GOOD", "1"), unit(badEntry, "components/a/a.c").defines());
    assertEquals(List.of("db2.json:1: warning: entry without 'file' or 'directory' skipped [compile-db-error]"), lines(badEntry));
  }

  @Test
  void namedDatabaseOutsideTheProjectIsRead(@TempDir Path buildDir) {
    ProjectTree t = project();
    Path db = new ProjectTree(buildDir).file("compile_commands.json", """
        [{"directory": "%1$s", "arguments": ["cc", "-DOUT_OF_TREE_BUILD", "-I%2$s"], "file": "%3$s"}]
        """.formatted(buildDir, buildDir.resolve("config"), t.path("components/a/a.c")));
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withCompileDatabase(db));
    assertEquals(db.toAbsolutePath().normalize().toString(), model.buildSource());
    CompileUnit a = unit(model, "components/a/a.c");
    assertEquals(Map.of("OUT_OF_TREE_BUILD", "1"), a.defines());
    assertEquals(List.of(), a.includeDirs(), "directories outside the project are not used");
  }

  @Test
  void namedDatabaseThatDoesNotExistIsReported() {
    ProjectTree t = project();
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults().withCompileDatabase(Path.of("nope.json")));
    assertEquals(ProjectModelBuilder.CMAKE_SOURCE, model.buildSource());
    assertEquals(List.of("nope.json:1: warning: compile database does not exist; CMake flags are used [compile-db-error]"), lines(model));
  }

  @Test
  void unresolvedForcedIncludeFromDatabase() {
    ProjectTree t = project();
    t.file("build/compile_commands.json", """
        [{"directory": "%1$s/build", "command": "gcc -include missing.h -c x", "file": "%1$s/components/a/a.c"}]
        """.formatted(t.root));
    ProjectModel model = ProjectModelBuilder.build(t.root, ModelOptions.defaults());
    ForcedInclude f = unit(model, "components/a/a.c").forcedIncludes().get(0);
    assertEquals("missing.h", f.spelled());
    assertNull(f.file());
    assertEquals(List.of("build/compile_commands.json:1: warning: forced include 'missing.h' of 'components/a/a.c' not found [missing-forced-include]"),
        lines(model));
  }
}
