package dev.allocpath.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.allocpath.cmake.ModelOptions;
import dev.allocpath.cmake.ProjectModelBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Any bytes as build/compile_commands.json next to a small project: the database is read or
 * rejected with a notification, and its entries never pull a file from outside the project in.
 */
class CompileDatabaseFuzzTest {
  @FuzzTest(maxDuration = "")
  void compileCommands(byte[] input) {
    Path root = FuzzProject.fresh();
    FuzzProject.write(root, "components/app/CMakeLists.txt",
        "idf_component_register(SRCS main.c INCLUDE_DIRS include)\n".getBytes(StandardCharsets.UTF_8));
    FuzzProject.write(root, "components/app/main.c", "int main_value;\n".getBytes(StandardCharsets.UTF_8));
    FuzzProject.write(root, "components/app/include/app.h", "int app;\n".getBytes(StandardCharsets.UTF_8));
    FuzzProject.write(root, "build/compile_commands.json", input);
    FuzzProject.checkModel(ProjectModelBuilder.build(root, ModelOptions.defaults()), root);
  }
}
